import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useLoad } from '../../kit/data';
import { Loading, PageTitle } from '../../kit/page';
import { href } from '../../kit/routes';
import { useCan, useMe } from '../../kit/session';
import { getAs, unreadCount, type TaskPage } from './api';

interface Attention {
  key: string;
  text: string;
  path: string;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The start screen: per role what needs attention now (tasks, team tasks, unread notifications), with links. */
export function HomePage() {
  const me = useMe();
  const can = useCan();
  const tasks = can('TaskResource_list');
  const manager = can('TaskResource_assign');
  const counts = useLoad(async () => {
    const total = async (scope: string) => {
      const page = await getAs<TaskPage>('/api/tasks', {}, { scope, size: 1 });
      return { total: page.total ?? page.tasks.length, overdue: page.counts?.overdue };
    };
    const [mine, team, all, unread] = await Promise.all([
      tasks ? total('mine') : undefined,
      tasks ? total('team') : undefined,
      manager ? total('all') : undefined,
      unreadCount().catch(() => undefined),
    ]);
    const items: Attention[] = [];
    if (mine) items.push({ key: 'mijn', text: plural(mine.total, 'taak staat op uw naam', 'taken staan op uw naam'), path: '/taken?scope=mine' });
    if (team) items.push({ key: 'team', text: plural(team.total, 'taak van uw team wacht op iemand', 'taken van uw team wachten op iemand'), path: '/taken?scope=team' });
    if (all) {
      items.push({ key: 'alle', text: plural(all.total, 'open taak in totaal', 'open taken in totaal'), path: '/taken?scope=all' });
      if (all.overdue !== undefined)
        items.push({ key: 'te-laat', text: plural(all.overdue, 'taak is over de termijn', 'taken zijn over de termijn'), path: '/termijnen' });
    }
    if (unread !== undefined) items.push({ key: 'meldingen', text: plural(unread, 'ongelezen melding', 'ongelezen meldingen'), path: '/meldingen' });
    return items;
  }, [tasks, manager]);
  return (
    <>
      <PageTitle title="Start">Welkom, {me.userName}</PageTitle>
      <Paragraph purpose="lead">U werkt als {(me.roles ?? []).map((role) => role.label).join(', ') || 'gebruiker'}.</Paragraph>
      <section aria-labelledby="aandacht-titel">
        <h2 className="utrecht-heading-2" id="aandacht-titel">
          Wat vraagt uw aandacht
        </h2>
        {counts.error ? (
          <Paragraph>De aantallen konden niet worden geladen. Kies in het menu waar u verder wilt werken.</Paragraph>
        ) : !counts.data ? (
          <Loading />
        ) : counts.data.length === 0 ? (
          <Paragraph>Kies in het menu waar u verder wilt werken.</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list" id="aandacht">
            {counts.data.map((item) => (
              <li key={item.key} data-key={item.key}>
                <a className="utrecht-link" href={href(item.path)}>
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
      {(me.navigation ?? []).length > 0 && (
        <section aria-labelledby="werk-titel">
          <h2 className="utrecht-heading-2" id="werk-titel">
            Uw werk
          </h2>
          <ul className="utrecht-unordered-list">
            {(me.navigation ?? []).map((item) => (
              <li key={item.href}>
                <a className="utrecht-link" href={item.href?.startsWith('/app/#') ? item.href.slice(5) : '..' + (item.href ?? '/')}>
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
