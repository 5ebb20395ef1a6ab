/**
 * partner-alignment/node: the parts of the library that only run on Node.js.
 *
 * For scripts and services that analyse large portfolios on the machine's cores: worker threads
 * (through the piscina worker pool) analyse batches of documents and the summaries merge. The
 * main entry, `partner-alignment`, stays free of Node's modules so that it runs in browsers; this
 * one must not be imported there.
 *
 * @module
 */

// Portfolio
export {
  type AnalyzePortfolioInWorkersOptions,
  analyzePortfolioInWorkers,
} from './node/analyze-portfolio-in-workers.js';
