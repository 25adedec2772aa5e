import { createContext, useContext, useSyncExternalStore } from 'react';
import { defaultDateStyle, type DateStyle } from '../../../core/settings/settings-schema';
import { formatDate } from '../../../core/text/format-date';
import { formatRecentDate } from '../../../core/text/format-recent-date';
import { formatNumber } from '../../../core/text/format-number';
import { dayClock } from '../stores/day-clock';
import { useText } from './text-context';

export const DateStyleContext = createContext<DateStyle>(defaultDateStyle);

/** The desk's date style from the settings. */
export function useDateStyle(): DateStyle {
  return useContext(DateStyleContext);
}

/**
 * Writes dates in the interface language and the desk's date style; 'recent' as a list of stories
 * shows them (today, yesterday, this year), written again when the date changes.
 */
export function useFormatDate(): (value: string | Date, form?: 'date' | 'date-time' | 'recent') => string {
  const style = useDateStyle();
  const { language } = useText();
  const today = useSyncExternalStore(dayClock.subscribe, dayClock.getToday);
  return (value, form = 'date') => (form === 'recent' ? formatRecentDate(value, language, style, today) : formatDate(value, language, style, form));
}

/** Writes counts in the interface language with the desk's digits. */
export function useFormatNumber(): (value: number) => string {
  const style = useDateStyle();
  const { language } = useText();
  return (value) => formatNumber(value, language, style);
}
