import { useLayoutEffect, useState, type RefObject } from 'react';

export interface FitScale {
  /** At most 1: how much a page of the natural width shrinks to fit the stage. */
  readonly scale: number;
  /** The stage's height, in the page's own (unscaled) pixels. */
  readonly pageHeight: number;
}

/** Shrinks a page of a given natural width (a desktop screen, an A4 sheet) to fit the stage it is shown in, following the stage's size. */
export function useFitScale(stage: RefObject<HTMLElement | null>, naturalWidth: number | undefined): FitScale {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const element = stage.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage]);
  const scale = naturalWidth && size.width > 0 ? Math.min(1, size.width / naturalWidth) : 1;
  return { scale, pageHeight: size.height / scale };
}
