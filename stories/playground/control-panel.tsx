import { useId, useState, type FormEvent } from 'react';
import {
  isSimulatableCloseCode,
  type SimulatorCommand,
} from '../../.storybook/simulator/protocol.js';
import { CODE_ROWS } from '../support/code-table.js';

/** Codes the simulator can close with: every named one a server can send, 1005 and 1006 included. */
const CLOSE_CODES = CODE_ROWS.filter(
  ({ code }) => isSimulatableCloseCode(code) || code === 1005 || code === 1006,
);
/** Arcware's codes, the ones its signalling server sends as `error` messages. */
const ERROR_CODES = CODE_ROWS.filter(({ family }) => family === 'arcware');

/** Props of the playground's control panel. */
export interface ControlPanelProps {
  /** Sends one command to the simulator and logs it. */
  send(command: SimulatorCommand, label: string): void;
  offline: boolean;
  /** Simulates the network going away or coming back, both for the simulator and the page. */
  setOffline(offline: boolean): void;
}

/** Buttons and fields that make the simulator close, fail, drop, refuse or go offline. */
export function ControlPanel({ send, offline, setOffline }: ControlPanelProps) {
  const ids = { code: useId(), reason: useId(), error: useId(), refuse: useId() };
  const [code, setCode] = useState(1006);
  const [reason, setReason] = useState('');
  const [errorCode, setErrorCode] = useState(4501);
  const [refuseCount, setRefuseCount] = useState(2);

  const submit = (event: FormEvent, command: SimulatorCommand, label: string) => {
    event.preventDefault();
    send(command, label);
  };

  return (
    <section className="playground-controls" aria-labelledby="playground-controls-heading">
      <h2 id="playground-controls-heading">Simulator controls</h2>
      <form
        onSubmit={(event) => submit(event, { command: 'close', code, reason }, `close ${code}`)}
      >
        <label htmlFor={ids.code}>Close code</label>
        <select
          id={ids.code}
          value={code}
          onChange={(event) => setCode(Number(event.target.value))}
        >
          {CLOSE_CODES.map(({ code: value, descriptor }) => (
            <option key={value} value={value}>
              {value} {descriptor.name}
            </option>
          ))}
        </select>
        <label htmlFor={ids.reason}>Reason</label>
        <input id={ids.reason} value={reason} onChange={(event) => setReason(event.target.value)} />
        <button type="submit">Close the socket</button>
      </form>
      <form
        onSubmit={(event) =>
          submit(
            event,
            { command: 'error', code: errorCode, reason: 'Simulated error' },
            `error ${errorCode}`,
          )
        }
      >
        <label htmlFor={ids.error}>Error message code</label>
        <select
          id={ids.error}
          value={errorCode}
          onChange={(event) => setErrorCode(Number(event.target.value))}
        >
          {ERROR_CODES.map(({ code: value, descriptor }) => (
            <option key={value} value={value}>
              {value} {descriptor.name}
            </option>
          ))}
        </select>
        <button type="submit">Send error message</button>
      </form>
      <form
        onSubmit={(event) =>
          submit(event, { command: 'refuse', count: refuseCount }, `refuse ${refuseCount}`)
        }
      >
        <label htmlFor={ids.refuse}>Connections to refuse</label>
        <input
          id={ids.refuse}
          type="number"
          min={1}
          max={20}
          value={refuseCount}
          onChange={(event) => setRefuseCount(Math.max(1, Number(event.target.value) || 1))}
        />
        <button type="submit">Refuse reconnects</button>
      </form>
      <div className="playground-buttons">
        <button type="button" onClick={() => send({ command: 'drop' }, 'drop')}>
          Drop the connection
        </button>
        <button type="button" aria-pressed={offline} onClick={() => setOffline(!offline)}>
          Offline
        </button>
        <button type="button" onClick={() => send({ command: 'accept' }, 'accept')}>
          Accept connections
        </button>
      </div>
    </section>
  );
}
