import { check } from 'recheck';
const pats = ['\\b(?:please|kindly)\\b', '\\b(?:delete|remove|take down|edit|update|change|revise|modify|reconsider)\\b', 'leave(?:\\W+\\w+){0,3}?\\W+(?:reviews?|ratings?)\\b','leave(?:\\W+\\w+){0,3}\\W+(?:reviews?|ratings?)\\b', 'leave(?:[^\\w]+\\w+){0,3}[^\\w]+(?:reviews?|ratings?)\\b','leave(?: +[a-z]+){0,3} +(?:reviews?|ratings?)\\b'];
for (const p of pats) { const t0=Date.now(); const r = await check(p, '', {timeout: 10000}); console.log(r.status, r.checker, r.complexity?.type, Date.now()-t0, 'ms', p); }
