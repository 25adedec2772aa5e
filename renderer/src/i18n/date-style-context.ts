import { createContext, useContext } from 'react';
import { defaultDateStyle, type DateStyle } from '../../../core/settings/settings-schema';
import { formatDate } from '../../../core/text/format-date';
import { formatNumber } from '../../../core/text/format-number';
import { useText } from './text-context';

export const DateStyleContext = createContext<DateStyle>(defaultDateStyle);

/** The desk's date style from the settings. */
export function useDateStyle(): DateStyle {
  return useContext(DateStyleContext);
}

/** Writes dates in the interface language and the desk's date style. */
export function useFormatDate(): (value: string | Date, form?: 'date' | 'date-time') => string {
  const style = useDateStyle();
  const { language } = useText();
  return (value, form = 'date') => formatDate(value, language, style, form);
}

/** Writes counts in the interface language with the desk's digits. */
export function useFormatNumber(): (value: number) => string {
  const style = useDateStyle();
  const { language } = useText();
  return (value) => formatNumber(value, language, style);
}
