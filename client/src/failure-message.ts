import type { CoreDictionary } from "../../shared/i18n";
import { isNetworkError, isServiceUnavailable } from "./api";

/**
 * The one sentence a page shows for a request that failed without a field to blame: the
 * network is down, the service is briefly unavailable (the server answered 503), or something
 * unexpected — never the server's own text.
 */
export function failureMessage(error: unknown, t: CoreDictionary): string {
  if (isNetworkError(error)) return t.common.networkError;
  if (isServiceUnavailable(error)) return t.common.serviceUnavailable;
  return t.common.unexpectedError;
}
