import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../lib/api/client.ts';
import type { BodyOf, User } from '../lib/api/types.ts';
import { ErrorNote, Link, useAction } from '../ui/common.tsx';

export function SignInPage({ onSignedIn }: { onSignedIn(user: User): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction(async () => {
    const r = await unwrap(api.POST('/v1/api/auth/login', { body: { email, password } }));
    onSignedIn(r.user);
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run();
  };
  return (
    <main id="main" className="auth">
      <form className="card auth-card" onSubmit={submit} aria-labelledby="signin-title">
        <p className="brand">George</p>
        <h1 id="signin-title">Sign in</h1>
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {action.error ? <ErrorNote error={action.error} /> : null}
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="muted small">
          Have an invite code? <Link to="/signup">Create an account</Link>
        </p>
      </form>
    </main>
  );
}

export function SignUpPage({ onSignedIn }: { onSignedIn(user: User): void }) {
  const [form, setForm] = useState({ inviteCode: '', name: '', email: '', password: '' });
  const field = (name: keyof typeof form) => ({
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  const action = useAction(async () => {
    const body: BodyOf<'/v1/api/auth/register', 'post'> = {
      inviteCode: form.inviteCode.trim(),
      email: form.email,
      password: form.password,
    };
    if (form.name.trim()) body.name = form.name.trim();
    const r = await unwrap(api.POST('/v1/api/auth/register', { body }));
    onSignedIn(r.user);
  });
  return (
    <main id="main" className="auth">
      <form
        className="card auth-card"
        aria-labelledby="signup-title"
        onSubmit={(e) => {
          e.preventDefault();
          void action.run();
        }}
      >
        <p className="brand">George</p>
        <h1 id="signup-title">Create your account</h1>
        <label>
          Invite code
          <input required autoComplete="off" {...field('inviteCode')} />
        </label>
        <label>
          Your name
          <input autoComplete="name" {...field('name')} />
        </label>
        <label>
          Email
          <input type="email" required autoComplete="email" {...field('email')} />
        </label>
        <label>
          Password <span className="muted small">(at least 10 characters)</span>
          <input type="password" required minLength={10} autoComplete="new-password" {...field('password')} />
        </label>
        {action.error ? <ErrorNote error={action.error} /> : null}
        <button type="submit" className="btn btn-primary" disabled={action.busy}>
          {action.busy ? 'Creating…' : 'Create account'}
        </button>
        <p className="muted small">
          Already have an account? <Link to="/signin">Sign in</Link>
        </p>
      </form>
    </main>
  );
}
