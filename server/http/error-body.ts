/** The JSON shape of every non-tRPC error response (same fields as tRPC's error envelope uses). */
export function errorBody(message: string, code: string, httpStatus: number) {
  return { error: { message, code, httpStatus } };
}
