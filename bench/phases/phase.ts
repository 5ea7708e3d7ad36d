import type { Browser, CDPSession, Page } from 'playwright-core';
import type { RunResult, Variant } from '../common.ts';

/** What a phase of a run works with: the page and its DevTools session, and the run's result to fill in. */
export interface PhaseRun {
  browser: Browser;
  page: Page;
  cdp: CDPSession;
  variant: Variant;
  r: RunResult;
  /** Evaluates in the page, within a timeout. */
  ev: <T>(expression: string, ms?: number, what?: string) => Promise<T>;
  renderTimeout: number;
}
