/**
 * The overlay's only stylesheet, adopted by its shadow root (a constructed sheet is
 * not blocked by a strict style-src CSP). :host rules are !important because page
 * rules for unknown elements would otherwise win over them; `all:initial` already resets
 * margins, borders, transforms and overflow.
 */
export const OVERLAY_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;z-index:2147483647!important;pointer-events:none!important}
.mirror{position:absolute;top:0;left:-20000px;visibility:hidden;box-sizing:content-box;border:0;margin:0;height:auto;overflow:hidden}
.mirror>div{text-indent:0}.mirror>.first{text-indent:inherit}
[data-finding]{position:absolute;display:block;pointer-events:none;outline:none;border-radius:2px}
[data-finding]:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}
.box{position:absolute;box-sizing:border-box;border-bottom:2px solid #d93025}
[data-severity=advice] .box{border-bottom:2px dotted #b06000}
.active .box,[data-finding]:focus .box{background:rgba(217,48,37,.14)}
.badge{position:absolute;display:flex;gap:4px;transform:translate(-100%,-100%);font:600 11px/16px system-ui,sans-serif;pointer-events:none;white-space:nowrap}
[data-count]{min-width:16px;padding:0 5px;border-radius:8px;background:#d93025;color:#fff;text-align:center;box-sizing:border-box}
[data-count].zero{background:#b06000}
[data-note]{padding:0 6px;border-radius:8px;background:#e8eaed;color:#3c4043;font-weight:500}
[data-card]{position:absolute;pointer-events:auto;box-sizing:border-box;width:340px;max-width:calc(100vw - 16px);max-height:calc(100vh - 16px);overflow-y:auto;padding:12px 14px;background:#fff;color:#202124;font:13px/1.45 system-ui,sans-serif;text-align:left;border:1px solid #dadce0;border-radius:8px;box-shadow:0 4px 18px rgba(0,0,0,.22)}
[data-part=title]{margin:0 0 6px;font-size:14px;font-weight:600}
[data-card] p{margin:6px 0}
[data-part=policy]{margin:6px 0;padding-left:8px;border-left:3px solid #d93025;color:#5f6368;font-style:italic}
[data-part=rewrite]{margin:8px 0;padding:6px 8px;border-radius:4px;background:#e6f4ea}
[data-part=apply-reason]{color:#a50e0e;font-size:12px}
.label{font-weight:600}
.actions{display:flex;gap:8px;margin-top:10px;position:sticky;bottom:-12px;padding:6px 0 12px;background:inherit}
button{font:inherit;padding:4px 12px;border:1px solid #dadce0;border-radius:4px;background:#fff;color:#202124;cursor:pointer}
button[data-action=apply]{background:#1a73e8;border-color:#1a73e8;color:#fff}
button:disabled{opacity:.5;cursor:default}
button:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}
[hidden]{display:none!important}
`;
