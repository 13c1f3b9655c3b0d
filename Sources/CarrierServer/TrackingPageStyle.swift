/// The tracking pages' style sheet, served as a file (`/track/assets/style.css`, cached for a year under a
/// versioned URL) so that the Content-Security-Policy needs no inline style. One column on a phone, stages
/// side by side from 40em; text colours reach WCAG AA (4.5:1) on their backgrounds.
enum TrackingPageStyle {
    static let css = """
        :root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--rule:#d6d6d6;--mark:#767676;--accent:#0b57a4;\
        --done:#1d6b35;--bad:#a12b1f;--bg:#fff;--soft:#f2f4f7}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;\
        color:var(--ink);background:var(--bg)}
        a{color:var(--accent)}
        .top{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 1rem;\
        padding:.75rem 1rem;border-bottom:1px solid var(--rule)}
        .logo{height:40px;width:auto;max-width:60vw}
        .carrier{font-weight:700;font-size:1.125rem}
        .langs{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
        .langs [aria-current]{font-weight:700}
        main{max-width:46rem;margin:0 auto;padding:1rem}
        h1{font-size:1.5rem;line-height:1.25;margin:.25rem 0 1rem}
        h2{font-size:1.125rem;margin:1.75rem 0 .75rem}
        .facts{display:grid;gap:.5rem;margin:0}
        .facts dt{color:var(--muted)}
        .facts dd{margin:0;font-weight:600}
        .code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;letter-spacing:.03em;overflow-wrap:anywhere}
        .status{margin:1.25rem 0;padding:.875rem 1rem;border-left:.375rem solid var(--accent);background:var(--soft);\
        border-radius:.25rem}
        .status h2{margin:0 0 .25rem;font-size:1.375rem}
        .status p{margin:0}
        .status.done{border-color:var(--done)}
        .status.failed,.status.cancelled{border-color:var(--bad)}
        .stages{list-style:none;margin:0;padding:0}
        .stages li{position:relative;padding:0 0 1rem 2rem;color:var(--muted)}
        .stages li::before{content:"";position:absolute;left:.6875rem;top:1.25rem;bottom:0;border-left:2px solid var(--rule)}
        .stages li:last-child::before{display:none}
        .stages .dot{position:absolute;z-index:1;left:.25rem;top:.25rem;width:1rem;height:1rem;border-radius:50%;\
        border:2px solid var(--mark);background:var(--bg)}
        .stages .done,.stages .current{color:var(--ink)}
        .stages .done::before{border-color:var(--done)}
        .stages .done .dot{background:var(--done);border-color:var(--done)}
        .stages .current{font-weight:700}
        .stages .current .dot{background:var(--accent);border-color:var(--accent);box-shadow:0 0 0 3px #c9dcf2}
        .stages .failed .dot{background:var(--bad);border-color:var(--bad);box-shadow:0 0 0 3px #f3d0cc}
        .timeline{list-style:none;margin:0;padding:0;border-left:2px solid var(--rule)}
        .timeline li{position:relative;padding:0 0 1rem 1rem}
        .timeline li::before{content:"";position:absolute;left:-.4375rem;top:.375rem;width:.75rem;height:.75rem;\
        border-radius:50%;background:var(--mark)}
        .timeline li:first-child::before{background:var(--accent)}
        .timeline time{display:block;color:var(--muted);font-size:.9375rem}
        .what{font-weight:600}
        .where{color:var(--muted)}
        .where::before{content:"· "}
        .desc{margin:.125rem 0 0}
        .pickup{margin:0}
        .note{color:var(--muted);font-size:.875rem}
        .other{margin-top:2rem;padding-top:1rem;border-top:1px solid var(--rule)}
        .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        @media (min-width:40em){
        .facts{grid-template-columns:repeat(auto-fit,minmax(13rem,1fr))}
        .stages{display:flex}
        .stages li{flex:1;padding:2rem .25rem 0;text-align:center}
        .stages li::before{left:50%;right:-50%;top:.6875rem;bottom:auto;border-left:0;border-top:2px solid var(--rule)}
        .stages .done::before{border-color:var(--done)}
        .stages .dot{left:calc(50% - .5rem)}
        }

        """
}
