import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useSignedIn } from '../api/session-context';
import { useMonitorWords } from '../i18n/monitor-words';

/**
 * The CSV endpoint wants the bearer token in a header, which a plain link cannot send:
 * fetch it, then hand the browser the file as a Blob under the hub's file name.
 */
export function CsvDownload({ table, params, name }: { table: string; params: URLSearchParams; name: string }) {
  const { token } = useSignedIn();
  const w = useMonitorWords();
  const [failed, setFailed] = useState(false);
  async function download() {
    setFailed(false);
    try {
      const response = await fetch(`/monitor-csv/${table}?${params.toString()}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(String(response.status));
      const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `monitor-${table}.csv`;
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      setFailed(true);
    }
  }
  return (
    <div className="ll-csv">
      <Button appearance="subtle-button" onClick={() => void download()}>
        {w.download(name)}
      </Button>
      {failed && <Paragraph role="alert">{w.downloadFailed}</Paragraph>}
    </div>
  );
}
