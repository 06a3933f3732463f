// When a page arrives without the pre-rendered map, fetch it, and say so plainly, with a Retry, if that fails.
import { useCallback, useEffect, useState, type ReactNode } from 'react';

interface MapLoaderProps {
  load: () => Promise<SVGSVGElement>;
  children: (svg: SVGSVGElement) => ReactNode;
}

type Status = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; svg: SVGSVGElement };

export function MapLoader({ load, children }: MapLoaderProps) {
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  const settle = useCallback(
    (promise: Promise<SVGSVGElement>) =>
      promise.then(
        (svg) => setStatus({ state: 'ready', svg }),
        () => setStatus({ state: 'failed' }),
      ),
    [],
  );
  useEffect(() => {
    void settle(load());
  }, [load, settle]);
  const retry = () => {
    setStatus({ state: 'loading' });
    void settle(load());
  };
  if (status.state === 'ready') return children(status.svg);
  return (
    <div className="failure" role={status.state === 'failed' ? 'alert' : 'status'}>
      {status.state === 'failed' ? (
        <>
          <p>The map could not be loaded. Check your connection and try again.</p>
          <button type="button" onClick={retry}>
            Retry
          </button>
        </>
      ) : (
        <p>Loading the map…</p>
      )}
    </div>
  );
}
