import { Heading } from '@nl-design-system-candidate/heading-react/css';
import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import type { Schemas } from '../api/client';

/** The start screen of the new UI: who is logged in and with which roles. */
export function HomePage({ me }: { me: Schemas['MeView'] }) {
  return (
    <>
      <Heading level={1}>Welkom, {me.userName}</Heading>
      <Paragraph purpose="lead">
        U werkt als {(me.roles ?? []).map((role) => role.label).join(', ') || 'gebruiker'}.
      </Paragraph>
      <Paragraph>
        Dit is de nieuwe werkomgeving. Kies in het menu waar u verder wilt werken.
      </Paragraph>
    </>
  );
}
