import { useId, useState, type FormEvent } from 'react';
import {
  DEFAULT_IDLE_COUNTDOWN_SECONDS,
  DEFAULT_IDLE_WARN_SECONDS,
  isSimulatableCloseCode,
  type SimulatorCommand,
} from '../../.storybook/simulator/protocol.js';
import { CODE_ROWS } from '../support/code-table.js';
import type { SimulatedWebRtcStep } from './simulated-webrtc.js';

/** Codes the simulator can close with: every named one a server can send, 1005 and 1006 included. */
const CLOSE_CODES = CODE_ROWS.filter(
  ({ code }) => isSimulatableCloseCode(code) || code === 1005 || code === 1006,
);
/** Arcware's codes, the ones its signalling server sends as `error` messages. */
const ERROR_CODES = CODE_ROWS.filter(({ family }) => family === 'arcware');

/** Progress letters like the ones Arcware's backend sends while it prepares the application. */
const LETTER_PRESETS = [
  'Starting the application…',
  'Loading level 2 of 3',
  'Almost ready…',
] as const;

/** A number field's value as typed; an empty or invalid one goes as NaN, for the simulator to refuse. */
const fieldNumber = (value: string): number => (value.trim() === '' ? NaN : Number(value));

/** Props of the playground's control panel. */
export interface ControlPanelProps {
  /** Sends one command to the simulator and logs it. */
  send(command: SimulatorCommand, label: string): void;
  offline: boolean;
  /** Simulates the network going away or coming back, both for the simulator and the page. */
  setOffline(offline: boolean): void;
  /** Plays a WebRTC step in this page: the simulator has no streamer to negotiate with. */
  simulate(step: SimulatedWebRtcStep): void;
}

/**
 * Buttons and fields that make the simulator close, fail, drop, refuse, go offline, queue the
 * viewer, send progress letters or short idle settings, and that play the WebRTC steps of a start-up in the page.
 */
export function ControlPanel({ send, offline, setOffline, simulate }: ControlPanelProps) {
  const ids = {
    code: useId(),
    reason: useId(),
    error: useId(),
    refuse: useId(),
    position: useId(),
    length: useId(),
    wait: useId(),
    letter: useId(),
    presets: useId(),
    idleWarn: useId(),
    idleCountdown: useId(),
  };
  const [code, setCode] = useState(1006);
  const [reason, setReason] = useState('');
  const [errorCode, setErrorCode] = useState(4501);
  const [refuseCount, setRefuseCount] = useState(2);
  // As typed: the simulator checks the numbers and the timeline logs what it refused.
  const [position, setPosition] = useState('3');
  const [length, setLength] = useState('5');
  const [waitSeconds, setWaitSeconds] = useState('90');
  const [letter, setLetter] = useState<string>(LETTER_PRESETS[0]);
  const [idleWarn, setIdleWarn] = useState(String(DEFAULT_IDLE_WARN_SECONDS));
  const [idleCountdown, setIdleCountdown] = useState(String(DEFAULT_IDLE_COUNTDOWN_SECONDS));

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
      <form
        onSubmit={(event) =>
          submit(
            event,
            {
              command: 'queue',
              position: fieldNumber(position),
              length: fieldNumber(length),
              estimatedWaitSeconds: waitSeconds.trim() === '' ? null : fieldNumber(waitSeconds),
            },
            `queue at ${position} of ${length}, ${waitSeconds.trim() === '' ? 'no estimate' : `about ${waitSeconds} s`}`,
          )
        }
      >
        <NumberField
          id={ids.position}
          label="Queue position"
          min={1}
          value={position}
          onChange={setPosition}
        />
        <NumberField
          id={ids.length}
          label="Queue length"
          min={1}
          value={length}
          onChange={setLength}
        />
        <NumberField
          id={ids.wait}
          label="Estimated wait (s)"
          min={0}
          value={waitSeconds}
          onChange={setWaitSeconds}
        />
        <button type="submit">Put in the queue</button>
        <button type="button" onClick={() => send({ command: 'queue-advance' }, 'queue advance')}>
          Advance the queue
        </button>
      </form>
      <form
        onSubmit={(event) =>
          submit(event, { command: 'letter', text: letter }, `letter "${letter}"`)
        }
      >
        <label htmlFor={ids.letter}>Progress letter</label>
        <input
          id={ids.letter}
          list={ids.presets}
          value={letter}
          onChange={(event) => setLetter(event.target.value)}
        />
        <datalist id={ids.presets}>
          {LETTER_PRESETS.map((text) => (
            <option key={text} value={text} />
          ))}
        </datalist>
        <button type="submit">Send letter</button>
      </form>
      <form
        onSubmit={(event) =>
          submit(
            event,
            {
              command: 'idle',
              warnSeconds: fieldNumber(idleWarn),
              countdownSeconds: fieldNumber(idleCountdown),
            },
            `idle settings, a warning after ${idleWarn} s, then ${idleCountdown} s`,
          )
        }
      >
        <NumberField
          id={ids.idleWarn}
          label="Idle timeout (s)"
          min={1}
          max={3600}
          value={idleWarn}
          onChange={setIdleWarn}
        />
        <NumberField
          id={ids.idleCountdown}
          label="Idle countdown (s)"
          min={10}
          max={600}
          value={idleCountdown}
          onChange={setIdleCountdown}
        />
        {/* The SDK starts its idle timer after WebRTC negotiation: press "Start video" too. */}
        <button type="submit">Send idle settings</button>
      </form>
      <fieldset className="playground-buttons">
        <legend>Simulated WebRTC (played in this page: the simulator has no streamer)</legend>
        <button type="button" onClick={() => simulate('negotiate')}>
          Negotiate, never start video
        </button>
        <button type="button" onClick={() => simulate('refuse-autoplay')}>
          Refuse autoplay
        </button>
        <button type="button" onClick={() => simulate('start-video')}>
          Start video
        </button>
      </fieldset>
    </section>
  );
}

/** A labelled number input of the panel; the value stays the text typed. */
function NumberField(props: {
  id: string;
  label: string;
  min?: number;
  max?: number;
  value: string;
  onChange: (value: string) => void;
}) {
  const { id, label, onChange, ...input } = props;
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" {...input} onChange={(event) => onChange(event.target.value)} />
    </>
  );
}
