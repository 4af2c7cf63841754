import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useRouter } from './router.tsx';

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** An in-app link: a real `<a href>` (so it opens in a new tab and reads as a link), navigated in place. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const router = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || rest.target === '_blank') return;
    event.preventDefault();
    router.navigate(to);
  };
  return <a {...rest} href={router.href(to)} onClick={handleClick} />;
}
