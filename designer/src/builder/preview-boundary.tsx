import { Component, type ReactNode } from 'react';

interface Props {
  /** A new value (the next form) clears a caught error: the preview tries again. */
  resetKey: unknown;
  fallback(error: Error): ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: unknown;
}

/**
 * Keeps a form the preview cannot render (rjsf throws on, say, a `ui:order` naming a field twice)
 * from taking the builder down with it; the next edit of the form tries again.
 */
export class PreviewBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}
