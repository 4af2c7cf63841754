import { useEffect } from 'react';
import { useRouter } from './router.tsx';

/**
 * While `when` is true, leaving asks first: in-app navigation and back/forward with a confirmation
 * showing `message`, closing or reloading the tab with the browser's own prompt (beforeunload).
 */
export function useLeaveGuard(when: boolean, message: string): void {
  const router = useRouter();
  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const unblock = router.block(() => window.confirm(message));
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      unblock();
    };
  }, [when, message, router]);
}
