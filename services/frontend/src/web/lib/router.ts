import { useSyncExternalStore } from 'react';

/**
 * A tiny History-API router: the path is the state; links and navigate() push it. Written by hand
 * on purpose: the app has a handful of path patterns matched in two places (App, Project), and
 * useSyncExternalStore over `popstate` is all a router library would do for it here.
 */
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

export function navigate(to: string, replace = false): void {
  if (`${location.pathname}${location.search}` === to) return;
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
  window.scrollTo?.(0, 0);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLocation(): { path: string; query: URLSearchParams } {
  const href = useSyncExternalStore(
    subscribe,
    () => `${location.pathname}${location.search}`,
    () => '/',
  );
  const url = new URL(href, 'http://x');
  return { path: url.pathname, query: url.searchParams };
}

/** Matches `/projects/:id/:tab` style patterns; returns the parameters or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('/').filter(Boolean);
  const params: Record<string, string> = {};
  for (const [i, part] of p.entries()) {
    if (part === '*') {
      params['*'] = s.slice(i).join('/');
      return params;
    }
    const seg = s[i];
    if (seg === undefined) {
      if (part.endsWith('?')) continue;
      return null;
    }
    if (part.startsWith(':')) params[part.slice(1).replace(/\?$/, '')] = decodeURIComponent(seg);
    else if (part !== seg) return null;
  }
  return s.length <= p.length ? params : null;
}
