import { createContext, useContext } from 'react';
import { messagesFor, type Messages } from '../../../core/i18n/messages';

export const TextContext = createContext<Messages>(messagesFor('ar'));

/** The UI text in the current interface language. */
export function useText(): Messages {
  return useContext(TextContext);
}
