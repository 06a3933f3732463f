// Keeps a failure in one part of the page (the panel, the table) from taking the rest of the page with it.
import { Component, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  /** What the reader is told failed, e.g. "This country's details". */
  what: string;
  children: ReactNode;
}

interface ErrorBoundaryState {
  failed: boolean;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="failure" role="alert">
        <p>{this.props.what} could not be shown.</p>
        <button type="button" onClick={() => this.setState({ failed: false })}>
          Try again
        </button>
      </div>
    );
  }
}
