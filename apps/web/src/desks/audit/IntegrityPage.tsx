import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { FormEvent, useRef, useState } from 'react';
import { useClient } from 'urql';
import {
  CheckIntegrityDigestDocument,
  CheckIntegrityDigestQuery,
  IntegrityDigestDocument,
  IntegrityDigestQuery,
  VerifyIntegrityDocument,
  VerifyIntegrityQuery,
} from '../../gql/graphql';
import { downloadText } from './download';
import { TimelineLink } from './TimelineLink';
import { AuditPage } from './AuditPage';
import { I, T } from './texts';

type Verified = VerifyIntegrityQuery['verifyIntegrity'];
type Digest = IntegrityDigestQuery['integrityDigest'];
type Checked = CheckIntegrityDigestQuery['checkIntegrityDigest'];
type Outcome<D> = { data?: D; error?: string } | null;

/** Integritet: walk the chains, take a signed digest to keep, check a kept digest against the store. */
export function IntegrityPage() {
  const client = useClient();
  const [verified, setVerified] = useState<Outcome<Verified>>(null);
  const [digest, setDigest] = useState<Outcome<Digest>>(null);
  const [checked, setChecked] = useState<Outcome<Checked>>(null);
  const [busy, setBusy] = useState(false);
  const digestFile = useRef<HTMLInputElement>(null);
  const keyFile = useRef<HTMLInputElement>(null);

  const verify = async () => {
    setBusy(true);
    const r = await client.query(VerifyIntegrityDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    setVerified({ data: r.data?.verifyIntegrity, error: r.error?.message });
  };
  const takeDigest = async () => {
    const r = await client.query(IntegrityDigestDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    const d = r.data?.integrityDigest;
    setDigest({ data: d, error: r.error?.message });
    if (d) downloadText(`samverkan-digest-${d.position}.json`, d.file, 'application/json');
  };
  const check = async (event: FormEvent) => {
    event.preventDefault();
    const file = digestFile.current?.files?.[0];
    if (!file) return setChecked({ error: I.chooseFile });
    const key = keyFile.current?.files?.[0];
    const r = await client
      .query(
        CheckIntegrityDigestDocument,
        { digest: await file.text(), publicKey: key ? await key.text() : null },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setChecked({ data: r.data?.checkIntegrityDigest, error: r.error?.message });
  };

  return (
    <AuditPage id="integrity" testid="integrity" heading={I.heading} intro={I.intro}>
      <Button onClick={() => void verify()} loading={busy} data-testid="verify">
        {busy ? I.verifying : I.verify}
      </Button>
      <div aria-live="polite">
        {verified?.error !== undefined ? <Alert data-color="danger">{T.failed(I.what, verified.error)}</Alert> : null}
        {verified?.data ? <VerifyResult report={verified.data} /> : null}
      </div>

      <Heading level={3} data-size="sm">
        {I.digestHeading}
      </Heading>
      <Paragraph data-size="sm">{I.digestIntro}</Paragraph>
      <Button variant="secondary" onClick={() => void takeDigest()} data-testid="take-digest">
        {I.digest}
      </Button>
      <div aria-live="polite">
        {digest?.error !== undefined ? <Alert data-color="danger">{T.failed(I.digestWhat, digest.error)}</Alert> : null}
        {digest?.data ? (
          <div data-testid="digest-made">
            <Paragraph>{I.digestMade(digest.data.events, digest.data.streams, digest.data.position)}</Paragraph>
            <dl className="summary-list">
              <div>
                <dt>{I.root}</dt>
                <dd>
                  <code data-testid="digest-root">{digest.data.root}</code>
                </dd>
              </div>
              <div>
                <dt>{I.key}</dt>
                <dd>
                  <code>{digest.data.keyFingerprint}</code>
                </dd>
              </div>
            </dl>
            <Button
              variant="tertiary"
              data-size="sm"
              data-testid="download-key"
              onClick={() => downloadText('workspace-key.pem', digest.data!.publicKeyPem, 'application/x-pem-file')}
            >
              {I.publicKey}
            </Button>
          </div>
        ) : null}
      </div>

      <Heading level={3} data-size="sm">
        {I.checkHeading}
      </Heading>
      <form className="check-form" onSubmit={(e) => void check(e)}>
        <label className="file-field">
          {I.digestFile}
          <input type="file" accept=".json,application/json" ref={digestFile} data-testid="digest-file" />
        </label>
        <label className="file-field">
          {I.keyFile}
          <span className="muted">{I.keyHelp}</span>
          <input type="file" accept=".pem" ref={keyFile} data-testid="key-file" />
        </label>
        <Button type="submit" variant="secondary" data-testid="check-digest">
          {I.check}
        </Button>
      </form>
      <div aria-live="polite">
        {checked?.error !== undefined ? (
          <Alert data-color="danger">{T.failed(I.checkWhat, checked.error)}</Alert>
        ) : null}
        {checked?.data ? (
          <Alert
            data-color={checked.data.holds ? 'success' : 'danger'}
            data-testid="digest-check"
            data-holds={checked.data.holds}
          >
            {checked.data.holds ? I.checkHolds(checked.data.streamsCompared, checked.data.position) : I.checkFails}
            {checked.data.problems.length ? (
              <ul>
                {checked.data.problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
      </div>
    </AuditPage>
  );
}

function VerifyResult({ report }: { report: Verified }) {
  if (report.holds)
    return (
      <Alert data-color="success" data-testid="verify-result" data-holds="true">
        {I.holds(report.eventsChecked, report.streamsChecked, report.checkedUpTo)}
      </Alert>
    );
  const b = report.firstBroken;
  return (
    <Alert data-color="danger" data-testid="verify-result" data-holds="false">
      {I.broken(report.brokenLinks)}
      {b ? (
        <dl className="summary-list" data-testid="broken-link">
          <div>
            <dt>{I.brokenFields.problem}</dt>
            <dd>
              {I.problems[b.problem] ?? b.problem} ({b.problem})
            </dd>
          </div>
          <div>
            <dt>{I.brokenFields.stream}</dt>
            <dd>{b.stream ?? '–'}</dd>
          </div>
          <div>
            <dt>{I.brokenFields.revision}</dt>
            <dd>{b.revision ?? '–'}</dd>
          </div>
          <div>
            <dt>{I.brokenFields.eventId}</dt>
            <dd>
              <code>{b.eventId ?? '–'}</code>
            </dd>
          </div>
          <div>
            <dt>{I.brokenFields.position}</dt>
            <dd>
              {b.stream && b.position ? <TimelineLink stream={b.stream} position={b.position} /> : (b.position ?? '–')}
            </dd>
          </div>
        </dl>
      ) : null}
    </Alert>
  );
}
