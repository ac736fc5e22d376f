// `npm start`: after the build, say how to use what exists today (the command line).
// When the extension lands, this launches Chromium with it on the demo page.
const lines = [
  "Outreach Guard is built (dist/cli/outreach-guard.js).",
  "",
  "Check a buyer message or insert text from the command line:",
  "  echo 'Please leave us a 5-star review!' | node bin/outreach-guard.js check",
  "  node bin/outreach-guard.js check --channel insert insert-card.txt",
  "  npm run -s check -- --json templates/*.txt",
  "",
  "Measure the engine:",
  "  npm run eval -- test/corpus/dev.jsonl",
  "  npm run bench",
];
console.log(lines.join("\n"));
