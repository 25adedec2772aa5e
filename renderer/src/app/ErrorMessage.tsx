import type { ApiError } from '../../../core/api/api-error';
import { useText } from '../i18n/text-context';

/**
 * An API error in the interface's language; the back end's own words (English, technical) stay
 * folded away under "technical details" unless the interface is English.
 */
export function ErrorMessage({ error }: { readonly error: ApiError }) {
  const text = useText();
  return (
    <>
      {text.errors[error.code]}{' '}
      {text.direction === 'ltr' ? (
        <bdi className="error-detail" dir="ltr">{error.message}</bdi>
      ) : (
        <details className="error-detail">
          <summary>{text.technicalDetails}</summary>
          <bdi dir="ltr">{error.message}</bdi>
        </details>
      )}
    </>
  );
}
