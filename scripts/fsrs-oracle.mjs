// Oracle for factdrill's FSRS optimizer: fits the same training items with fsrs-rs (through the
// npm package @open-spaced-repetition/binding) and measures fsrs-rs's, factdrill's and the true
// weights with fsrs-rs's own evaluator on the same held-out items.
// Usage: node scripts/fsrs-oracle.mjs INSTALL_DIR ITEMS.json  (prints one JSON object)
// ITEMS.json: {"train": [[[rating, deltaT], ...], ...], "test": [...], "weights": {"name": [21 numbers]},
//              optionally "revlog": {"train": [card, ...], "test": [card, ...]}, a card being its
//              answers [[epochMillis, rating, state], ...] (state 0 new, 1 learning, 2 review,
//              3 relearning)}
// With "revlog", fsrs-rs also builds the items itself from the raw answers
// (convertCsvToFsrsItems: calendar days starting at 04:00 UTC, as Anki counts them), card by card
// so that the split stays the same, fits them, and every weight set is measured on its test items:
// "ownHistory" in the output.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const [installDir, itemsFile] = process.argv.slice(2)
const require = createRequire(join(resolve(installDir), 'package.json'))
const b = require('@open-spaced-repetition/binding')
const data = JSON.parse(readFileSync(itemsFile, 'utf8'))
const toItems = (list) =>
  list.map((reviews) => new b.FSRSBindingItem(reviews.map(([r, d]) => new b.FSRSBindingReview(r, d))))
const train = toItems(data.train)
// The binding's evaluate() refuses a set holding any item whose only long-term review is the
// one predicted (NotEnoughData), so every weight set is measured on the other items.
const test = toItems(data.test.filter((rs) => rs.filter(([, d]) => d > 0).length > 1))
const started = process.hrtime.bigint()
const cpuStart = process.cpuUsage()
const fitted = await b.computeParameters(train, { enableShortTerm: true, numRelearningSteps: 1 })
const seconds = Number(process.hrtime.bigint() - started) / 1e9
const cpu = process.cpuUsage(cpuStart)
const cpuSeconds = (cpu.user + cpu.system) / 1e6
const evaluate = (w) => {
  const e = new b.FSRSBinding(w).evaluate(test)
  return { logLoss: e.logLoss, rmseBins: e.rmseBins }
}
const out = { fsrsRsWeights: fitted, fsrsRsSeconds: seconds, fsrsRsCpuSeconds: cpuSeconds, testItems: test.length, eval: { 'fsrs-rs': evaluate(fitted) } }
for (const [name, w] of Object.entries(data.weights)) out.eval[name] = evaluate(w)
if (data.revlog) {
  const convert = (cards) => cards.flatMap((answers) => {
    const csv = 'card_id,review_time,review_rating,review_state,review_duration\n' +
      answers.map(([ms, rating, state]) => `1,${ms},${rating},${state},0`).join('\n') + '\n'
    return b.convertCsvToFsrsItems(Buffer.from(csv), 4, 'UTC', () => 0)
  })
  const ownTrain = convert(data.revlog.train)
  const ownTest = convert(data.revlog.test).filter((it) => it.longTermReviewCnt() > 1)
  const ownFitted = await b.computeParameters(ownTrain, { enableShortTerm: true, numRelearningSteps: 1 })
  const evalOwn = (w) => {
    const e = new b.FSRSBinding(w).evaluate(ownTest)
    return { logLoss: e.logLoss, rmseBins: e.rmseBins }
  }
  const own = { trainItems: ownTrain.length, testItems: ownTest.length, fsrsRsWeights: ownFitted,
    eval: { 'fsrs-rs': evalOwn(ownFitted), 'fsrs-rs on factdrill items': evalOwn(fitted) } }
  for (const [name, w] of Object.entries(data.weights)) own.eval[name] = evalOwn(w)
  out.ownHistory = own
}
console.log(JSON.stringify(out))
