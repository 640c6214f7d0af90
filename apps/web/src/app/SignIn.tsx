import { Alert, Button, Card, Heading, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { FormEvent, useEffect, useState } from 'react';
import { DevTokenChoice, pastedToken, sessionFor } from './session';
import { useSession } from './session-context';
import { roleLabel, SHELL } from './texts';

const T = SHELL.signIn;

/** The dev tokens the server offers this machine, or [] where it offers none (production, external issuer). */
async function offeredDevTokens(): Promise<DevTokenChoice[]> {
  try {
    const response = await fetch('/dev-tokens', { headers: { accept: 'application/json' } });
    return response.ok ? ((await response.json()) as DevTokenChoice[]) : [];
  } catch {
    return [];
  }
}

/** Whether the server takes the token: a query every role may run. Null when it does, else why not. */
async function refusal(token: string): Promise<string | null> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query SignInCheck { myOperations }' }),
    });
    if (response.status === 401) return T.rejected;
    const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    const error = body.errors?.[0];
    if (!error) return null;
    return error.extensions?.code === 'UNAUTHENTICATED' ? T.rejected : T.failed(error.message);
  } catch (error) {
    return T.failed(error instanceof Error ? error.message : String(error));
  }
}

/** Sign-in: paste a token, or pick one of the dev tokens the server offers a browser on its own machine. */
export function SignIn() {
  const { signIn, message } = useSession();
  const [offered, setOffered] = useState<DevTokenChoice[] | null>(null);
  const [status, setStatus] = useState<{ kind: 'checking' | 'error'; text: string } | null>(null);
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string>();

  useEffect(() => {
    let alive = true;
    void offeredDevTokens().then((choices) => alive && setOffered(choices));
    return () => {
      alive = false;
    };
  }, []);
  useEffect(() => {
    document.title = `${T.title} – Samverkan`;
  }, []);

  const attempt = async (token: string, choice?: DevTokenChoice) => {
    setStatus({ kind: 'checking', text: T.checking });
    const why = await refusal(token);
    if (why) setStatus({ kind: 'error', text: why });
    else signIn(sessionFor(token, choice));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = pastedToken(pasted);
    setPasteError(token ? undefined : T.tokenRequired);
    if (token) void attempt(token);
  };

  return (
    <div className="signin">
      <Heading level={1} data-size="lg">
        {T.title}
      </Heading>
      <Paragraph className="lead">{T.lead}</Paragraph>
      <div aria-live="polite">
        {message && !status ? (
          <Alert data-color="info" data-testid="signin-message">
            {message}
          </Alert>
        ) : null}
        {status?.kind === 'checking' ? <Paragraph>{status.text}</Paragraph> : null}
        {status?.kind === 'error' ? (
          <Alert data-color="danger" data-testid="signin-error">
            {status.text}
          </Alert>
        ) : null}
      </div>
      <div className="signin-grid">
        <Card aria-labelledby="dev-heading">
          <Heading level={2} data-size="sm" id="dev-heading">
            {T.devHeading}
          </Heading>
          <div data-testid="dev-tokens">
            {offered === null ? (
              <Paragraph>
                <Spinner aria-hidden data-size="sm" /> {T.devLooking}
              </Paragraph>
            ) : offered.length === 0 ? (
              <Paragraph>{T.devNone}</Paragraph>
            ) : (
              <>
                <Paragraph>{T.devOffered}</Paragraph>
                <ul className="dev-tokens">
                  {offered.map((choice) => (
                    <li key={choice.role}>
                      <Button
                        variant="secondary"
                        className="dev-token"
                        data-testid={`dev-token-${choice.role}`}
                        onClick={() => void attempt(choice.token, choice)}
                      >
                        <span className="dev-role">{roleLabel(choice.role)}</span>
                        <span className="dev-detail">
                          {choice.role} · {choice.organisation} · {choice.name}
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </Card>
        <Card aria-labelledby="paste-heading">
          <Heading level={2} data-size="sm" id="paste-heading">
            {T.pasteHeading}
          </Heading>
          <form className="stack" data-testid="token-form" onSubmit={submit} noValidate>
            <Textfield
              id="token"
              label={T.tokenLabel}
              description={T.tokenHelp}
              multiline
              rows={4}
              required
              spellCheck={false}
              autoComplete="off"
              data-testid="token-input"
              value={pasted}
              error={pasteError}
              onChange={(event) => setPasted(event.target.value)}
            />
            <div>
              <Button type="submit">{T.submit}</Button>
            </div>
          </form>
        </Card>
      </div>
    </div>
  );
}
