import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { PageTitle } from '../../kit/page';
import { useMe } from '../../kit/session';

/** The start screen: who is logged in and with which roles. */
export function HomePage() {
  const me = useMe();
  return (
    <>
      <PageTitle title="Start">Welkom, {me.userName}</PageTitle>
      <Paragraph purpose="lead">
        U werkt als {(me.roles ?? []).map((role) => role.label).join(', ') || 'gebruiker'}.
      </Paragraph>
      <Paragraph>Kies in het menu waar u verder wilt werken.</Paragraph>
    </>
  );
}
