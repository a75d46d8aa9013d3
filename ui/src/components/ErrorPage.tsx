import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { Link } from '@nl-design-system-candidate/link-react/css';

/** The Dutch text of an error page per HTTP status class. */
export function errorText(status: number): { title: string; text: string } {
  if (status === 403) {
    return {
      title: 'Geen toegang',
      text: 'U hebt geen toegang tot deze pagina of dit dossier. Denkt u dat dit niet klopt? Neem contact op met uw teamleider.',
    };
  }
  if (status === 404) {
    return {
      title: 'Niet gevonden',
      text: 'Deze pagina of dit dossier bestaat niet (meer). Controleer het adres of het zaaknummer.',
    };
  }
  if (status >= 500) {
    return {
      title: 'Er ging iets mis',
      text: 'Door een storing kon uw verzoek niet worden afgehandeld. Er is niets gewijzigd. Probeer het later opnieuw.',
    };
  }
  return {
    title: 'Dit lukte niet',
    text: 'Uw verzoek kon niet worden afgehandeld.',
  };
}

/** The Dutch error page for 403, 404 and 5xx (and any other refusal), with the server's reason. */
export function ErrorPage({ status, detailNl }: { status: number; detailNl?: string | undefined }) {
  const { title, text } = errorText(status);
  return (
    <section className="toeslagen-error" aria-labelledby="fout-titel" data-status={status}>
      <Heading level={1} id="fout-titel">
        {title}
      </Heading>
      <Paragraph purpose="lead">{text}</Paragraph>
      {detailNl && <Paragraph>{detailNl}</Paragraph>}
      <Paragraph>
        <Link href="../index.html">Naar de startpagina</Link>
      </Paragraph>
    </section>
  );
}
