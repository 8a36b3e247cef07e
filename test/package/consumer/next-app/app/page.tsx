// A Server Component: it calls a plain function of the root entry while rendering on the server.
import { ArcwareCloseCode, describeCloseCode } from 'react-arcware-close';
import { ClosedOverlay } from './closed-overlay';

export default function Page() {
  const close = describeCloseCode(ArcwareCloseCode.TRIAL_LIMIT);
  return (
    <main>
      <p id="server-part">{`Described on the server: ${close.name} (${close.code}), retry ${close.retry}`}</p>
      <div style={{ position: 'relative', height: 320 }}>
        <ClosedOverlay code={ArcwareCloseCode.TRIAL_LIMIT} />
      </div>
    </main>
  );
}
