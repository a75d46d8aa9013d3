import { useEffect, useState } from 'react';
import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { ApiError, get, type GetAnswer } from '../../api/client';
import { ErrorPage } from '../../components/ErrorPage';
import { ProcessDiagram } from '../../components/ProcessDiagram';

type Diagram = GetAnswer<'/api/objections/{id}/diagram'>;

/** The process of one objection: its BPMN model with the current steps highlighted. */
export function ProcessPage({ id }: { id: string }) {
  const [diagram, setDiagram] = useState<Diagram>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    let current = true;
    setDiagram(undefined);
    setError(undefined);
    get('/api/objections/{id}/diagram', { id })
      .then((answer) => current && setDiagram(answer))
      .catch((e: unknown) => current && setError(e instanceof ApiError ? e : new ApiError(500, undefined)));
    return () => {
      current = false;
    };
  }, [id]);

  if (error) return <ErrorPage status={error.status} detailNl={error.detailNl} />;
  return (
    <>
      <Heading level={1}>Verloop van bezwaar {id}</Heading>
      {diagram ? (
        <ProcessDiagram xml={diagram.xml ?? ''} activeIds={diagram.activeActivityIds ?? []} />
      ) : (
        <p aria-live="polite">Het procesmodel wordt geladen …</p>
      )}
    </>
  );
}
