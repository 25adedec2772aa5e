import type { Proofer } from '../../../core/proofing/proofer';

type Method = Exclude<keyof Proofer, 'configure'>;

/** What the page asks the proofing worker: a Proofer method and its arguments, numbered to match the answer. */
export type ProofingRequest =
  | { readonly id: number; readonly method: 'configure'; readonly arguments: Parameters<Proofer['configure']> }
  | { [Name in Method]: { readonly id: number; readonly method: Name; readonly arguments: Parameters<Proofer[Name]> } }[Method];

/** The worker's answer to one request. */
export type ProofingAnswer = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly message: string };
