// Made by scripts/embed-openapi.sh from openapi.yaml; do not edit by hand.
extension OperatorAPIRoutes {
    /// The operator API document (`openapi.yaml`), as served.
    static let documentText = #"""
        openapi: 3.1.0
        info:
          title: picqer-carrier operator API
          version: 1.0.0
          description: >-
            The carrier's own API: every shipment that came in from Picqer (pre-advice change feed), reprints,
            cancellation, the end-of-day manifest for the driver, and scan events in. Authenticate with `Authorization: Bearer TOKEN`
            (an operator token from the `operators:` configuration). Errors are RFC 9457 problem documents.
        servers:
          - url: /api/v1
        security:
          - operatorToken: []
        paths:
          /shipments:
            get:
              operationId: listShipments
              summary: Change feed of shipments (pre-advice)
              description: >-
                Shipments in the order of their last change. Every change (created, cancelled, voided, …) gives a
                shipment a new, strictly increasing sequence number; store `next_cursor` and pass it as `after` to get
                only what changed since. Omit `after` to start at the beginning.
              parameters:
                - name: after
                  in: query
                  required: false
                  description: The `next_cursor` of the previous page (opaque).
                  schema:
                    type: string
                    maxLength: 64
                - name: limit
                  in: query
                  required: false
                  schema:
                    type: integer
                    minimum: 1
                    maximum: 1000
                    default: 100
              responses:
                '200':
                  description: A page of the feed.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/ShipmentPage'
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
          /shipments/{tracking_code}:
            get:
              operationId: getShipment
              summary: One shipment
              parameters:
                - $ref: '#/components/parameters/TrackingCode'
              responses:
                '200':
                  description: The shipment.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Shipment'
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
                '404':
                  $ref: '#/components/responses/NotFound'
          /shipments/{tracking_code}/label.pdf:
            get:
              operationId: getLabelPDF
              summary: Reprint the label as PDF
              description: The same bytes as answered to Picqer (A6, or A4 with the customs documents).
              parameters:
                - $ref: '#/components/parameters/TrackingCode'
              responses:
                '200':
                  description: The PDF.
                  content:
                    application/pdf:
                      schema:
                        type: string
                        contentEncoding: binary
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
                '404':
                  $ref: '#/components/responses/NotFound'
                '409':
                  $ref: '#/components/responses/Conflict'
                '410':
                  $ref: '#/components/responses/Gone'
          /shipments/{tracking_code}/label.zpl:
            get:
              operationId: getLabelZPL
              summary: Reprint the label as ZPL
              description: The same ZPL II as answered to Picqer.
              parameters:
                - $ref: '#/components/parameters/TrackingCode'
              responses:
                '200':
                  description: The ZPL.
                  content:
                    text/plain:
                      schema:
                        type: string
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
                '404':
                  $ref: '#/components/responses/NotFound'
                '409':
                  $ref: '#/components/responses/Conflict'
                '410':
                  $ref: '#/components/responses/Gone'
          /shipments/{tracking_code}/cancel:
            post:
              operationId: cancelShipment
              summary: Cancel a shipment
              description: >-
                An active shipment becomes `cancelled`; cancelling again answers the same. A void shipment (never handed
                to Picqer) cannot be cancelled, nor one that has any scan event (409): every status of
                `TrackingEventStatus`, from `picked_up` on, means the carrier has the parcel. Needs the `write` scope.
              parameters:
                - $ref: '#/components/parameters/TrackingCode'
              responses:
                '200':
                  description: The cancelled shipment.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Shipment'
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
                '404':
                  $ref: '#/components/responses/NotFound'
                '409':
                  $ref: '#/components/responses/Conflict'
          /shipments/{tracking_code}/events:
            get:
              operationId: listShipmentEvents
              summary: The scan events of a shipment
              description: Every stored event of the shipment, oldest first (by `occurred_at`, then by arrival).
              parameters:
                - $ref: '#/components/parameters/TrackingCode'
              responses:
                '200':
                  description: The events.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/TrackingEventList'
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
                '404':
                  $ref: '#/components/responses/NotFound'
          /events:
            post:
              operationId: recordEvents
              summary: Send scan events
              description: >-
                Up to 1000 scan events at once (needs the `write` scope). Every event gets its own result, in the order
                sent: `created`, `duplicate` (an event with this `event_id` was stored before: nothing is stored twice,
                so resending a batch is safe) or `rejected` with `errors` naming each bad field. One bad event never
                rejects the others. An event is rejected when a field is missing, `status` is not one of
                `TrackingEventStatus`, `occurred_at` is not RFC 3339 with an offset or lies more than 1 hour in the
                future, `event_id` is longer than 200 or `description` longer than 500 characters, no shipment has the
                `tracking_code`, or the shipment is void (label never reached Picqer), cancelled, or its label is still
                being made. Each stored event is a change in the change feed. Events may arrive in any order: the
                shipment's `tracking_status` is the status of its latest-occurring event, except that a final status
                (`delivered`, `collected_from_pickup_point`, `returned_to_sender`) is not undone by a later non-final
                one. Once a shipment has any event the carrier has the parcel, and it can no longer be cancelled.
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/EventBatch'
              responses:
                '200':
                  description: One result per event, in the order sent.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/EventResults'
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
          /webhook-deliveries:
            get:
              operationId: listWebhookDeliveries
              summary: Webhook deliveries (the outbox)
              description: >-
                Notifications to the configured webhook endpoints (`webhooks:` in the configuration), newest first: one
                per change and endpoint. Each is signed per Standard Webhooks (`webhook-id` is this `id`, the same on
                every attempt) and sent at least once: a 2xx answer delivers it; anything else (4xx, 5xx, no answer
                within 10 s, no connection) is tried again after 5 s, doubling up to 1 hour, until 24 hours after the
                change, when it is `failed`. A shipment's notifications reach an endpoint in order: a later one waits
                (`next_attempt_at` left out) until the earlier one is delivered or failed. Use `state=failed` to see
                what never arrived.
              parameters:
                - name: state
                  in: query
                  required: false
                  description: >-
                    Only deliveries in this state: `pending`, `delivered` or `failed` (see `WebhookDeliveryState`); all
                    when left out. Another value is refused (400, naming the parameter).
                  schema:
                    type: string
                    maxLength: 20
                - name: limit
                  in: query
                  required: false
                  schema:
                    type: integer
                    minimum: 1
                    maximum: 1000
                    default: 100
              responses:
                '200':
                  description: The deliveries, newest first.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/WebhookDeliveryList'
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
          /manifests/{date}.pdf:
            get:
              operationId: getManifestPDF
              summary: End-of-day manifest as PDF
              description: >-
                The parcels of one account (optionally one sender address) created on `date` (Europe/Amsterdam), not
                void or cancelled: A4, with totals and signature boxes for the shipper and the driver.
              parameters:
                - $ref: '#/components/parameters/ManifestDate'
                - $ref: '#/components/parameters/Account'
                - $ref: '#/components/parameters/SenderAddress'
              responses:
                '200':
                  description: The manifest.
                  content:
                    application/pdf:
                      schema:
                        type: string
                        contentEncoding: binary
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
                '404':
                  $ref: '#/components/responses/NotFound'
          /manifests/{date}.csv:
            get:
              operationId: getManifestCSV
              summary: End-of-day manifest as CSV
              description: RFC 4180, UTF-8, a header row, one row per parcel with the full recipient address.
              parameters:
                - $ref: '#/components/parameters/ManifestDate'
                - $ref: '#/components/parameters/Account'
                - $ref: '#/components/parameters/SenderAddress'
              responses:
                '200':
                  description: The manifest.
                  content:
                    text/csv:
                      schema:
                        type: string
                '400':
                  $ref: '#/components/responses/BadRequest'
                '401':
                  $ref: '#/components/responses/Unauthorized'
                '403':
                  $ref: '#/components/responses/Forbidden'
                '404':
                  $ref: '#/components/responses/NotFound'
        components:
          securitySchemes:
            operatorToken:
              type: http
              scheme: bearer
              description: An operator token (`picqer-carrier create-operator-token`).
          parameters:
            TrackingCode:
              name: tracking_code
              in: path
              required: true
              schema:
                type: string
                minLength: 1
                maxLength: 64
            ManifestDate:
              name: date
              in: path
              required: true
              description: The day, `YYYY-MM-DD`, in Europe/Amsterdam.
              schema:
                type: string
                format: date
            Account:
              name: account
              in: query
              required: true
              description: Username of the Picqer account.
              schema:
                type: string
                minLength: 1
                maxLength: 200
            SenderAddress:
              name: sender_address
              in: query
              required: false
              description: Only the parcels sent from this sender address id.
              schema:
                type: integer
                minimum: 0
                maximum: 2147483647
          responses:
            BadRequest:
              description: A parameter is not valid; `errors` names each one.
              content:
                application/problem+json:
                  schema:
                    $ref: '#/components/schemas/Problem'
            Unauthorized:
              description: No valid operator token.
              headers:
                WWW-Authenticate:
                  schema:
                    type: string
              content:
                application/problem+json:
                  schema:
                    $ref: '#/components/schemas/Problem'
            Forbidden:
              description: The token lacks the scope this needs.
              content:
                application/problem+json:
                  schema:
                    $ref: '#/components/schemas/Problem'
            NotFound:
              description: No such shipment, account or sender address.
              content:
                application/problem+json:
                  schema:
                    $ref: '#/components/schemas/Problem'
            Conflict:
              description: The shipment is not in a state that allows this.
              content:
                application/problem+json:
                  schema:
                    $ref: '#/components/schemas/Problem'
            Gone:
              description: The shipment's personal data has been erased (retention period); its label no longer exists.
              content:
                application/problem+json:
                  schema:
                    $ref: '#/components/schemas/Problem'
          schemas:
            Problem:
              type: object
              description: RFC 9457 problem details.
              required: [type, title, status]
              properties:
                type:
                  type: string
                title:
                  type: string
                status:
                  type: integer
                detail:
                  type: string
                errors:
                  type: array
                  items:
                    $ref: '#/components/schemas/ProblemError'
            ProblemError:
              type: object
              required: [detail]
              properties:
                parameter:
                  type: string
                pointer:
                  type: string
                detail:
                  type: string
            ShipmentPage:
              type: object
              required: [shipments, next_cursor]
              properties:
                shipments:
                  type: array
                  items:
                    $ref: '#/components/schemas/Shipment'
                next_cursor:
                  type: string
                  description: Pass it as `after` to continue; unchanged when there was nothing new.
            Shipment:
              type: object
              description: >-
                A shipment as it came in from Picqer. Optional fields are left out when they have no value
                (`pickup_point` when the parcel goes to the recipient's address, `customs` inside the EU customs union,
                `label_format` for a void shipment).
              required:
                - tracking_code
                - tracking_url
                - status
                - account
                - service
                - sender
                - recipient
                - weight_grams
                - references
                - is_return
                - created_at
                - updated_at
                - personal_data_erased
                - tracking_status
              properties:
                tracking_code:
                  type: string
                tracking_url:
                  type: string
                status:
                  type: string
                  enum: [active, cancelled, void]
                  description: '`void`: the label never reached Picqer (the code is never used again).'
                account:
                  type: string
                service:
                  $ref: '#/components/schemas/Service'
                sender:
                  $ref: '#/components/schemas/SenderAddress'
                recipient:
                  $ref: '#/components/schemas/Recipient'
                weight_grams:
                  type: integer
                references:
                  $ref: '#/components/schemas/References'
                is_return:
                  type: boolean
                pickup_point:
                  $ref: '#/components/schemas/PickupPoint'
                preferred_delivery_date:
                  type: string
                  format: date
                label_format:
                  type: string
                  enum: [A6, A4]
                customs:
                  $ref: '#/components/schemas/Customs'
                created_at:
                  type: string
                  format: date-time
                updated_at:
                  type: string
                  format: date-time
                personal_data_erased:
                  type: boolean
                tracking_status:
                  $ref: '#/components/schemas/ShipmentTrackingStatus'
                last_event_at:
                  type: string
                  format: date-time
                  description: When the latest-occurring scan event happened; left out while there is none.
            ShipmentTrackingStatus:
              type: string
              description: >-
                Where the parcel is: `registered` until the first scan event, `cancelled` when cancelled, otherwise the
                status of the event that holds it (see `TrackingEventStatus`).
              enum:
                - registered
                - cancelled
                - picked_up
                - at_sorting_center
                - in_transit
                - out_for_delivery
                - delivery_failed
                - delivered
                - at_pickup_point
                - collected_from_pickup_point
                - returning_to_sender
                - returned_to_sender
            TrackingEventStatus:
              type: string
              description: >-
                What a scan event says. `delivered`, `collected_from_pickup_point` and `returned_to_sender` are final.
              enum:
                - picked_up
                - at_sorting_center
                - in_transit
                - out_for_delivery
                - delivery_failed
                - delivered
                - at_pickup_point
                - collected_from_pickup_point
                - returning_to_sender
                - returned_to_sender
            EventBatch:
              type: object
              required: [events]
              properties:
                events:
                  type: array
                  maxItems: 1000
                  items:
                    $ref: '#/components/schemas/EventInput'
            EventInput:
              type: object
              description: >-
                One scan event. The fields are checked one event at a time (a bad event is rejected in its result, the
                others are stored), so none is required by the schema; all but `location` and `description` are
                required by the check.
              properties:
                event_id:
                  type: string
                  description: Your own unique id of the event (at most 200 characters). The same id again is a duplicate.
                tracking_code:
                  type: string
                status:
                  type: string
                  description: One of `TrackingEventStatus`.
                occurred_at:
                  type: string
                  description: 'When it happened: RFC 3339 with an offset, e.g. `2026-12-05T14:30:00+01:00`.'
                location:
                  $ref: '#/components/schemas/EventLocation'
                description:
                  type: string
                  description: Free text, at most 500 characters.
            EventLocation:
              type: object
              description: Where the scan happened (a depot, sorting center or pickup point).
              properties:
                city:
                  type: string
                postcode:
                  type: string
                country:
                  type: string
                  description: ISO 3166-1 alpha-2.
            EventResults:
              type: object
              required: [results]
              properties:
                results:
                  type: array
                  items:
                    $ref: '#/components/schemas/EventResult'
            EventResult:
              type: object
              required: [outcome, errors]
              properties:
                event_id:
                  type: string
                  description: The event's `event_id`; left out when it had none.
                outcome:
                  type: string
                  enum: [created, duplicate, rejected]
                errors:
                  type: array
                  description: Empty unless `rejected`.
                  items:
                    $ref: '#/components/schemas/EventError'
            EventError:
              type: object
              required: [field, detail]
              properties:
                field:
                  type: string
                  description: The field, e.g. `status` or `tracking_code`.
                detail:
                  type: string
            TrackingEventList:
              type: object
              required: [events]
              properties:
                events:
                  type: array
                  items:
                    $ref: '#/components/schemas/TrackingEvent'
            TrackingEvent:
              type: object
              required: [event_id, status, occurred_at, received_at]
              properties:
                event_id:
                  type: string
                status:
                  $ref: '#/components/schemas/TrackingEventStatus'
                occurred_at:
                  type: string
                  format: date-time
                location:
                  $ref: '#/components/schemas/EventLocation'
                description:
                  type: string
                received_at:
                  type: string
                  format: date-time
            WebhookDeliveryState:
              type: string
              description: >-
                `pending`: not delivered yet (due, waiting for a retry, or waiting behind an earlier notification of the
                same shipment); `delivered`: the endpoint answered 2xx; `failed`: given up.
              enum: [pending, delivered, failed]
            WebhookEventType:
              type: string
              description: >-
                The change announced: `shipment.created` (the label reached Picqer), `shipment.cancelled`,
                `shipment.voided` (the label never reached Picqer), `shipment.status_changed` (a scan event changed
                `tracking_status`). The body sent is `{"type": …, "timestamp": RFC 3339, "data": Shipment}`, the shipment
                as that change left it.
              enum: [shipment.created, shipment.cancelled, shipment.voided, shipment.status_changed]
            WebhookDeliveryList:
              type: object
              required: [deliveries]
              properties:
                deliveries:
                  type: array
                  items:
                    $ref: '#/components/schemas/WebhookDelivery'
            WebhookDelivery:
              type: object
              description: One notification to one endpoint; optional fields are left out when they have no value.
              required: [id, type, tracking_code, endpoint, state, attempts, created_at]
              properties:
                id:
                  type: integer
                  description: The `webhook-id` header of every attempt.
                type:
                  $ref: '#/components/schemas/WebhookEventType'
                tracking_code:
                  type: string
                endpoint:
                  type: string
                  description: The endpoint's URL.
                state:
                  $ref: '#/components/schemas/WebhookDeliveryState'
                attempts:
                  type: integer
                last_status:
                  type: integer
                  description: HTTP status of the last attempt, when the endpoint answered.
                last_error:
                  type: string
                  description: Why the last attempt failed (`HTTP 503`, `timeout`, `connection refused`, …).
                next_attempt_at:
                  type: string
                  format: date-time
                  description: When the next attempt is due (pending only).
                created_at:
                  type: string
                  format: date-time
                  description: When the change was committed.
                delivered_at:
                  type: string
                  format: date-time
            Service:
              type: object
              required: [value, name]
              properties:
                value:
                  type: string
                name:
                  type: string
            SenderAddress:
              type: object
              required: [id, name, street, zipcode, city, country]
              properties:
                id:
                  type: integer
                name:
                  type: string
                street:
                  type: string
                zipcode:
                  type: string
                city:
                  type: string
                country:
                  type: string
            Recipient:
              type: object
              description: >-
                The shop's customer as Picqer sent it. Once the personal data is erased (retention period) only
                zipcode and country remain.
              required: [zipcode, country]
              properties:
                name:
                  type: string
                contactname:
                  type: string
                address:
                  type: string
                address2:
                  type: string
                zipcode:
                  type: string
                city:
                  type: string
                region:
                  type: string
                country:
                  type: string
                emailaddress:
                  type: string
                telephone:
                  type: string
            References:
              type: object
              properties:
                reference:
                  type: string
                orderid:
                  type: string
                picklistid:
                  type: string
                returnid:
                  type: string
            PickupPoint:
              type: object
              required: [id]
              properties:
                id:
                  type: string
                name:
                  type: string
                street:
                  type: string
                zipcode:
                  type: string
                city:
                  type: string
                country:
                  type: string
            Customs:
              type: object
              required: [products]
              properties:
                products:
                  type: array
                  items:
                    $ref: '#/components/schemas/CustomsProduct'
            CustomsProduct:
              type: object
              required: [description, quantity, weight_grams, value, hs_code, country_of_origin]
              properties:
                description:
                  type: string
                quantity:
                  type: integer
                weight_grams:
                  type: integer
                value:
                  type: number
                hs_code:
                  type: string
                country_of_origin:
                  type: string

        """#
}
