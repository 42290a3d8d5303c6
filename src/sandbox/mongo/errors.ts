/** Command errors with the server's codes, code names and wording, as the drivers expect them. */

/** An error a command answers with `{ ok: 0, errmsg, code, codeName }`. */
export class CommandError extends Error {
  constructor(
    readonly code: number,
    readonly codeName: string,
    message: string,
    /** Extra fields of the error reply (keyPattern, keyValue, ...). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The error reply document. */
  toReply(): Record<string, unknown> {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra };
  }
}

/** Error codes by name (src/mongo/base/error_codes.yml of the server). */
export const Codes = {
  InternalError: 1,
  ProtocolError: 17,
  BadValue: 2,
  FailedToParse: 9,
  NoSuchKey: 4,
  UserNotFound: 11,
  Unauthorized: 13,
  TypeMismatch: 14,
  AuthenticationFailed: 18,
  IllegalOperation: 20,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  RoleNotFound: 31,
  CursorNotFound: 43,
  NamespaceExists: 48,
  CommandNotFound: 59,
  ImmutableField: 66,
  CannotCreateIndex: 67,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  CommandNotSupported: 115,
  DocumentValidationFailure: 121,
  CommandNotSupportedOnView: 166,
  OptionNotSupportedOnView: 167,
  InvalidPipelineOperator: 168,
  InvalidIndexSpecificationOption: 197,
  InvalidUUID: 207,
  MechanismUnavailable: 334,
  DuplicateKey: 11000,
  Location51003: 51003,
} as const;

/** Shorthand: `fail('NamespaceExists', 'Collection x.y already exists.')`. */
export function fail(
  name: keyof typeof Codes,
  message: string,
  extra?: Record<string, unknown>,
): CommandError {
  return new CommandError(Codes[name], name, message, extra);
}
