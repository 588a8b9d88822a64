import { parseDate, parseTime, readAnswers } from '/work/wt/intake/libs/birth-answers/src/index.js';
const [kind, ...rest] = process.argv.slice(2);
for (const t of rest) console.log(t, '=>', JSON.stringify(kind === 'd' ? parseDate(t) : kind === 't' ? parseTime(t) : readAnswers(t, { expecting: kind as never })));
