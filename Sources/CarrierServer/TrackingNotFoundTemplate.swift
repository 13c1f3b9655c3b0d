/// The friendly 404 page for an unknown, void or malformed tracking code: the same message in the chosen
/// language first and then in the other one, each section marked with its own `lang`.
enum TrackingNotFoundTemplate {
    static let name = "not-found"
    static let text = """
        <!doctype html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{pageTitle}} · {{carrier}}</title>
        <link rel="stylesheet" href="{{styleURL}}">
        </head>
        <body>
        {{>header}}
        <main>
        {{#primary}}<section lang="{{sectionLang}}">
        <h1>{{sectionTitle}}</h1>
        {{>not-found-text}}</section>
        {{/primary}}{{#secondary}}<section lang="{{sectionLang}}" class="other">
        <h2>{{sectionTitle}}</h2>
        {{>not-found-text}}</section>
        {{/secondary}}</main>
        </body>
        </html>

        """

    /// The message of one language (partial `not-found-text`).
    static let textPartialName = "not-found-text"
    static let textPartial = """
        <p>{{#sectionCode}}{{sectionLead}} <strong class="code">{{.}}</strong>.{{/sectionCode}}{{^sectionCode}}{{sectionWithoutCode}}{{/sectionCode}}</p>
        <p>{{sectionAdvice}}</p>

        """
}
