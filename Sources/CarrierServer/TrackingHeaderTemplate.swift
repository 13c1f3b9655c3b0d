/// The top of every tracking page (partial `header`): the carrier's logo or name, and the language switch as
/// plain links (`?lang=nl`, `?lang=en`) that work without JavaScript.
enum TrackingHeaderTemplate {
    static let name = "header"
    static let text = """
        <header class="top">
        {{#logo}}<img class="logo" src="{{logoURL}}" alt="{{carrier}}" width="{{logoWidth}}" height="{{logoHeight}}">{{/logo}}{{^logo}}<span class="carrier">{{carrier}}</span>{{/logo}}
        <nav aria-label="{{languageLabel}}"><ul class="langs">{{#languages}}<li>{{#linkCurrent}}<span aria-current="true" lang="{{linkLang}}">{{linkName}}</span>{{/linkCurrent}}{{^linkCurrent}}<a href="{{linkHref}}" hreflang="{{linkLang}}" lang="{{linkLang}}">{{linkName}}</a>{{/linkCurrent}}</li>{{/languages}}</ul></nav>
        </header>

        """
}
