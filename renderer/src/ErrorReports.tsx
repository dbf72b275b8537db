import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Report = (source: string, message: string | null) => void;

const ReportContext = createContext<Report>(() => {});
const MessagesContext = createContext<readonly string[]>([]);

/**
 * Collects the messages of failed API calls, one per source (a query, a pane),
 * so a source's next success clears its own message and no one else's.
 */
export function ErrorReportsProvider({ children }: { children: ReactNode }) {
  const [reports, setReports] = useState<ReadonlyMap<string, string>>(new Map());
  const report = useCallback<Report>((source, message) => {
    setReports((current) => {
      if (message === null ? !current.has(source) : current.get(source) === message) return current;
      const next = new Map(current);
      if (message === null) next.delete(source);
      else next.set(source, message);
      return next;
    });
  }, []);
  const messages = useMemo(() => [...new Set(reports.values())], [reports]);
  return (
    <ReportContext value={report}>
      <MessagesContext value={messages}>{children}</MessagesContext>
    </ReportContext>
  );
}

export function useReportError(): Report {
  return useContext(ReportContext);
}

/** Always in the page, so screen readers announce a message as soon as it appears. */
export function AlertRegion() {
  const messages = useContext(MessagesContext);
  return (
    <div className="alerts" role="alert" aria-label="Problems">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
