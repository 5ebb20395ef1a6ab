/**
 * The forecast the options chose, among the three every evaluation computes.
 *
 * @module
 */
import type { ForecastMethod, ProgressForecast } from '../progress-forecast.js';

/** The forecast of a method (the options were checked, so it is there). */
export function pickForecast(
  forecasts: ReadonlyArray<ProgressForecast>,
  method: ForecastMethod,
): ProgressForecast {
  return (
    forecasts.find((forecast) => forecast.method === method) ?? (forecasts[0] as ProgressForecast)
  );
}
