import { Paragraph } from '@nl-design-system-candidate/paragraph-react/css';
import { useLoad } from '../../kit/data';
import { Form, TextField, text, useForm, type FormState } from '../../kit/forms';
import { Loaded, PageTitle, Table } from '../../kit/page';
import { useCan, useLabels, useVocabulary } from '../../kit/session';
import { getAs, postAs, type UserList } from './api';
import type { components } from '../../api/schema';

type NewUser = Required<Pick<components['schemas']['NewUser'], 'userName' | 'displayName' | 'password' | 'roles' | 'team'>>;

/** User administration: who can log in, with which roles; an administrator adds a user. */
export function UsersPage() {
  const can = useCan();
  const label = useLabels();
  const users = useLoad(() => getAs<UserList>('/api/users'), []);
  const form = useForm<NewUser>({ userName: '', displayName: '', password: '', roles: [], team: '' });
  return (
    <>
      <PageTitle title="Gebruikers">Gebruikers</PageTitle>
      {can('UserResource_create') && (
        <section aria-labelledby="nieuw-titel">
          <h2 className="utrecht-heading-2" id="nieuw-titel">
            Gebruiker toevoegen
          </h2>
          <Form
            form={form}
            title="Gebruiker toevoegen"
            submitLabel="Gebruiker toevoegen"
            fields={['userName', 'displayName', 'password', 'roles', 'team']}
            action={async (v) => {
              const userName = text(v.userName);
              await postAs('/api/users', {}, {
                userName,
                displayName: text(v.displayName),
                password: typeof v.password === 'string' && v.password !== '' ? v.password : undefined,
                roles: v.roles,
                team: text(v.team),
              });
              form.reset();
              users.reload();
              return `Gebruiker ${userName ?? ''} is toegevoegd. Deze kan nu inloggen met het opgegeven wachtwoord.`;
            }}
          >
            <TextField
              form={form}
              name="userName"
              label="Gebruikersnaam"
              description="Kleine letters en cijfers, 3 tot 64 tekens, beginnend met een letter."
            />
            <TextField form={form} name="displayName" label="Naam" autoComplete="off" />
            <PasswordField form={form} />
            <RolesField form={form} />
            <TextField form={form} name="team" label="Team (niet verplicht)" />
          </Form>
        </section>
      )}
      <section aria-labelledby="lijst-titel">
        <h2 className="utrecht-heading-2" id="lijst-titel">
          Alle gebruikers
        </h2>
        <Loaded data={users.data} error={users.error}>
          {(data) =>
            (data.users ?? []).length === 0 ? (
              <Paragraph>Er zijn geen gebruikers.</Paragraph>
            ) : (
              <Table caption="Gebruikers en hun rollen">
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    {['Gebruikersnaam', 'Naam', 'Rollen', 'Team', 'Status'].map((h) => (
                      <th key={h} className="utrecht-table__header-cell" scope="col">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body" id="gebruikers">
                  {(data.users ?? []).map((u) => (
                    <tr className="utrecht-table__row" key={u.userName}>
                      <td className="utrecht-table__cell">{u.userName}</td>
                      <td className="utrecht-table__cell">{u.displayName}</td>
                      <td className="utrecht-table__cell">{(u.roles ?? []).map((r) => label('web', 'roles', r)).join(', ')}</td>
                      <td className="utrecht-table__cell">{u.team}</td>
                      <td className="utrecht-table__cell">
                        {u.enabled ? 'Actief' : 'Geblokkeerd'}
                        {u.demo ? ' (demo)' : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )
          }
        </Loaded>
      </section>
    </>
  );
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <div className="utrecht-form-field-error-message" id={id + '-error'}>
      <span className="toeslagen-visually-hidden">Fout: </span>
      {error}
    </div>
  );
}

function PasswordField({ form }: { form: FormState<NewUser> }) {
  const id = form.fieldId('password');
  const error = form.errors['password'];
  return (
    <div className={'utrecht-form-field' + (error ? ' utrecht-form-field--invalid' : '')}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          Eerste wachtwoord
        </label>
      </div>
      <div className="utrecht-form-field-description" id={id + '-desc'}>
        Ten minste 12 tekens. Geef het de nieuwe gebruiker persoonlijk door.
      </div>
      <FieldError id={id} error={error} />
      <div className="utrecht-form-field__input">
        <input
          id={id}
          name="password"
          type="password"
          autoComplete="new-password"
          className={'utrecht-textbox utrecht-textbox--html-input' + (error ? ' utrecht-textbox--invalid' : '')}
          aria-describedby={id + '-desc' + (error ? ' ' + id + '-error' : '')}
          aria-invalid={error ? true : undefined}
          value={form.values.password}
          onChange={(e) => form.set('password', e.target.value)}
        />
      </div>
    </div>
  );
}

/** The roles as checkboxes with their Dutch labels (GET /api/labels, web.roles). */
function RolesField({ form }: { form: FormState<NewUser> }) {
  const roles = useVocabulary()('web', 'roles');
  const id = form.fieldId('roles');
  const error = form.errors['roles'];
  const chosen = new Set(form.values.roles);
  return (
    <fieldset
      className={'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset' + (error ? ' utrecht-form-fieldset--invalid' : '')}
      aria-describedby={error ? id + '-error' : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Rollen</legend>
      <FieldError id={id} error={error} />
      {roles.map((role, i) => {
        const boxId = i === 0 ? id : `${id}-${role.code}`;
        return (
          <div className="utrecht-form-field utrecht-form-field--checkbox" key={role.code}>
            <div className="utrecht-form-field__input">
              <input
                type="checkbox"
                id={boxId}
                name="roles"
                value={role.code}
                className="utrecht-checkbox utrecht-checkbox--html-input"
                aria-invalid={error ? true : undefined}
                checked={chosen.has(role.code)}
                onChange={(e) =>
                  form.set(
                    'roles',
                    e.target.checked ? [...form.values.roles, role.code] : form.values.roles.filter((r) => r !== role.code),
                  )
                }
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={boxId}>
                {role.label}
              </label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
