import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useRouter } from './router.tsx';

/** An antd button that is a link (`<a href>`) to an in-app path, navigated in place. */
export function ButtonLink({ to, onClick, ...rest }: Omit<ButtonProps, 'href'> & { to: string }) {
  const router = useRouter();
  const handleClick = (event: MouseEvent<HTMLElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    router.navigate(to);
  };
  return <Button {...rest} href={router.href(to)} onClick={handleClick} />;
}
