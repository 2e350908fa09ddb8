import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, done, unwrap } from './lib/api/client.ts';
import type { User } from './lib/api/types.ts';
import { keys } from './lib/query.ts';
import { match, navigate, useLocation } from './lib/router.ts';
import { AccountPage } from './pages/Account.tsx';
import { AdminPage } from './pages/Admin.tsx';
import { SignInPage, SignUpPage } from './pages/Auth.tsx';
import { ProjectPage } from './pages/Project.tsx';
import { ProjectsPage } from './pages/Projects.tsx';
import { ErrorNote, Link, Spinner } from './ui/common.tsx';
import { SessionContext } from './ui/session.tsx';

type Theme = 'light' | 'dark';

function initialTheme(): Theme {
  const saved = localStorage.getItem('george-theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function Balance() {
  const balance = useQuery({
    queryKey: keys.balance,
    queryFn: ({ signal }) => unwrap(api.GET('/v1/api/billing/balance', { signal })),
  });
  const credits = balance.data ? String(balance.data.available) : balance.error ? 'unavailable' : '…';
  return (
    <p className="menu-balance">
      Credits: <strong>{credits}</strong>
    </p>
  );
}

function AccountMenu({
  user,
  theme,
  toggleTheme,
  signOut,
}: {
  user: User;
  theme: Theme;
  toggleTheme(): void;
  signOut(): void;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (
        e instanceof KeyboardEvent
          ? e.key === 'Escape'
          : !(e.target instanceof Node && ref.current?.contains(e.target))
      )
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="btn btn-ghost"
        aria-expanded={open}
        aria-controls="account-menu"
        onClick={() => setOpen(!open)}
      >
        {user.name || user.email} ▾
      </button>
      {open ? (
        <div className="menu-panel" id="account-menu">
          <p className="small muted">{user.email}</p>
          <Balance />
          <Link to="/account" className="menu-item" onClick={() => setOpen(false)}>
            Credits and usage
          </Link>
          <button type="button" className="menu-item" onClick={toggleTheme}>
            {theme === 'dark' ? 'Light theme' : 'Dark theme'}
          </button>
          <button type="button" className="menu-item" onClick={signOut}>
            Sign out
          </button>
        </div>
      ) : null}
    </div>
  );
}

export function App() {
  const { path } = useLocation();
  const queryClient = useQueryClient();
  // Who is signed in: null for nobody (a 401), an error when George cannot tell.
  const me = useQuery({
    queryKey: keys.me,
    queryFn: async ({ signal }): Promise<User | null> => {
      try {
        return (await unwrap(api.GET('/v1/api/auth/me', { signal }))).user;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
  });
  const user = me.data;
  const bootError = me.data === undefined ? me.error : undefined;
  const setUser = useCallback(
    (next: User | null) => {
      // Another person's answers must not stay in the cache.
      if (next?.id !== queryClient.getQueryData<User | null>(keys.me)?.id)
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== keys.me[0] });
      queryClient.setQueryData(keys.me, next);
    },
    [queryClient],
  );
  const loadMe = () => void me.refetch();
  const [theme, setTheme] = useState<Theme>(initialTheme);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    localStorage.setItem('george-theme', theme);
  }, [theme]);

  useEffect(() => {
    const out = () => setUser(null);
    window.addEventListener('george:signed-out', out);
    return () => window.removeEventListener('george:signed-out', out);
  }, [setUser]);

  const signOut = async () => {
    await done(api.POST('/v1/api/auth/logout')).catch(() => {});
    setUser(null);
    navigate('/signin');
  };

  const publicPage = path === '/signin' || path === '/signup';
  // After an in-app navigation, keyboard and screen-reader users start at the new content.
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [path]);
  useEffect(() => {
    if (path === '/signin') document.title = 'Sign in · George';
    else if (path === '/signup') document.title = 'Create your account · George';
    else if (path === '/' || path === '/projects') document.title = 'Your projects · George';
    else if (path === '/account') document.title = 'Credits and usage · George';
    else if (path.startsWith('/admin')) document.title = 'Operators · George';
  }, [path]);
  useEffect(() => {
    if (user === null && !publicPage) navigate(`/signin`, true);
    if (user && publicPage) navigate('/', true);
  }, [user, publicPage]);

  let content: React.ReactNode;
  if (bootError) {
    content = (
      <main id="main" className="page narrow">
        <h1>George</h1>
        <ErrorNote error={bootError} retry={loadMe} />
      </main>
    );
  } else if (user === undefined) {
    content = (
      <main id="main" className="page narrow">
        <Spinner label="Opening George" />
      </main>
    );
  } else if (!user) {
    content = path === '/signup' ? <SignUpPage onSignedIn={setUser} /> : <SignInPage onSignedIn={setUser} />;
  } else {
    let page: React.ReactNode;
    const projectMatch = match('/projects/:projectId/*', path);
    const adminMatch = match('/admin/:tab?', path);
    if (path === '/' || path === '/projects') page = <ProjectsPage />;
    else if (projectMatch)
      page = <ProjectPage projectId={projectMatch.projectId ?? ''} rest={projectMatch['*'] ?? ''} />;
    else if (path === '/account') page = <AccountPage />;
    else if (adminMatch && user.role === 'operator') page = <AdminPage tab={adminMatch.tab ?? 'invites'} />;
    else
      page = (
        <div className="page narrow">
          <h1>Page not found</h1>
          <p>
            <Link to="/">Back to your projects</Link>
          </p>
        </div>
      );
    content = (
      <SessionContext.Provider value={{ user, setUser }}>
        <header className="topbar">
          <Link to="/" className="brand" aria-label="George, your projects">
            George
          </Link>
          <nav aria-label="Main" className="topnav">
            <Link to="/" aria-current={path === '/' || path.startsWith('/projects') ? 'page' : undefined}>
              Projects
            </Link>
            {user.role === 'operator' ? (
              <Link to="/admin" aria-current={path.startsWith('/admin') ? 'page' : undefined}>
                Operators
              </Link>
            ) : null}
          </nav>
          <AccountMenu
            user={user}
            theme={theme}
            toggleTheme={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
            signOut={signOut}
          />
        </header>
        <main id="main" tabIndex={-1}>
          {page}
        </main>
      </SessionContext.Provider>
    );
  }
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      {content}
    </>
  );
}
