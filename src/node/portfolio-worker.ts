/**
 * The task a worker thread of `analyzePortfolioInWorkers` runs: one batch of documents analysed
 * as `analyzePortfolio` does. Built as its own ES module (`dist/portfolio-worker.js`), which the
 * worker pool loads in each thread; it is no entry of the package.
 *
 * @module
 */
import {
  type AnalyzePortfolioOptions,
  analyzePortfolio,
  type PortfolioAnalysis,
  type PortfolioItem,
} from '../analysis/analyze-portfolio.js';

/** One batch: its documents, and the options (as JSON: no callback crosses threads). */
export interface PortfolioTask {
  readonly items: ReadonlyArray<PortfolioItem>;
  readonly options: AnalyzePortfolioOptions;
}

/** Analyses one batch of a portfolio (what the pool calls in a worker thread). */
export default function analyzeBatch(task: PortfolioTask): Promise<PortfolioAnalysis> {
  return analyzePortfolio(task.items, task.options);
}
