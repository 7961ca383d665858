import { request } from 'undici';

export type PartReading = { reached: true; status: number; text: string } | { reached: false; problem: string };

/**
 * One GET to a part's operator route, whatever it answers: a part that is down or slow is a reading
 * that says so, never an error of the whole composition (traces) or sample (metrics).
 */
export async function readPart(url: string, headers: Record<string, string>, timeoutMs: number): Promise<PartReading> {
  try {
    const response = await request(url, { method: 'GET', headers, signal: AbortSignal.timeout(timeoutMs) });
    return { reached: true, status: response.statusCode, text: await response.body.text() };
  } catch (error) {
    return { reached: false, problem: (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'could not be reached' };
  }
}
