/// The tracking page of one parcel: status, progress through the main stages, pickup point and the scan
/// history, newest first. Mustache escapes every value (`{{…}}`); the page has no script and no inline style.
enum TrackingPageTemplate {
    static let name = "page"
    static let text = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{pageTitle}} {{code}} · {{carrier}}</title>
        <link rel="stylesheet" href="{{styleURL}}">
        </head>
        <body>
        {{>header}}
        <main>
        <h1>{{pageTitle}}</h1>
        <dl class="facts">
        <div><dt>{{codeLabel}}</dt><dd class="code">{{code}}</dd></div>
        <div><dt>{{serviceLabel}}</dt><dd>{{service}}{{#returnLabel}} · {{.}}{{/returnLabel}}</dd></div>
        {{#preferredDate}}<div><dt>{{dateLabel}}</dt><dd><time datetime="{{dateMachine}}">{{dateHuman}}</time></dd></div>
        {{/preferredDate}}</dl>
        <section class="status {{statusClass}}" aria-labelledby="status">
        <h2 id="status">{{statusTitle}}</h2>
        <p>{{statusDetail}}</p>
        </section>
        {{#hasStages}}<section aria-labelledby="progress">
        <h2 id="progress">{{progressLabel}}</h2>
        <ol class="stages">
        {{#stages}}<li class="{{stageState}}"{{#stageIsCurrent}} aria-current="step"{{/stageIsCurrent}}><span class="dot" aria-hidden="true"></span>{{stageName}}{{#stageStateText}} <span class="sr">({{.}})</span>{{/stageStateText}}</li>
        {{/stages}}</ol>
        </section>
        {{/hasStages}}{{#pickup}}<section aria-labelledby="pickup">
        <h2 id="pickup">{{pickupLabel}}</h2>
        <p class="pickup">{{#pickupName}}<strong>{{.}}</strong><br>{{/pickupName}}{{#pickupStreet}}{{.}}<br>{{/pickupStreet}}{{#pickupTown}}{{.}}<br>{{/pickupTown}}{{#pickupCountry}}{{.}}{{/pickupCountry}}</p>
        </section>
        {{/pickup}}<section aria-labelledby="history">
        <h2 id="history">{{historyLabel}}</h2>
        {{#hasEvents}}<ol class="timeline">
        {{#events}}<li class="event"><time datetime="{{eventMachineTime}}">{{eventHumanTime}}</time> <span class="what">{{eventStatus}}</span>{{#eventPlace}} <span class="where">{{.}}</span>{{/eventPlace}}{{#eventDescription}}<p class="desc">{{.}}</p>{{/eventDescription}}</li>
        {{/events}}</ol>
        {{/hasEvents}}{{^hasEvents}}<p>{{noEvents}}</p>
        {{/hasEvents}}<p class="note">{{timesNote}}</p>
        </section>
        </main>
        </body>
        </html>

        """
}
