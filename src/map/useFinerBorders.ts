// The finer borders, fetched the first time the reader zooms in; a failure says so and offers a retry.
import { useCallback, useRef, useState } from 'react';
import { DETAIL_FILE } from '../geo/files';
import { DETAIL_FROM_ZOOM, applyDetail, fetchDetail } from './detail';

export function useFinerBorders(mapElement: () => SVGSVGElement | null) {
  const state = useRef<'none' | 'loading' | 'done'>('none');
  const [failed, setFailed] = useState(false);
  const load = useCallback(() => {
    const svg = mapElement();
    if (!svg || state.current !== 'none') return;
    state.current = 'loading';
    fetchDetail(new URL(DETAIL_FILE, document.baseURI)).then(
      (outlines) => {
        // The outlines are <use>s of the shapes, so they follow the finer borders by themselves.
        applyDetail(svg, outlines);
        state.current = 'done';
        setFailed(false);
      },
      () => {
        state.current = 'none';
        setFailed(true);
      },
    );
  }, [mapElement]);
  const onZoomIn = useCallback((k: number) => {
    if (k >= DETAIL_FROM_ZOOM) load();
  }, [load]);
  return { onZoomIn, failed, retry: load };
}
