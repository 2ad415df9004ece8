"use client";
import { PortalLink } from "@/components/ui/portal-link";
import { useActionState, useState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorsOf, FormMessage } from "@/components/ui/form-message";
import { keepInputOnSubmit } from "@/components/ui/keep-input-on-submit";
import { TextField } from "@/components/ui/text-field";
import type { Role } from "@/generated/prisma/sqlite/enums";
import { idleState } from "@/lib/actions/form-state-values";
import { createUserAction, updateUserAction } from "@/lib/actions/users";
import { PasswordLinkNotice } from "./password-link-notice";

export interface UserFormValues {
  id?: string;
  name: string;
  email: string;
  role: Role;
  bureauId: string | null;
  sectionId: string | null;
  coEditSectionIds: string[];
}

interface Bureau { id: string; name: string; sections: { id: string; name: string }[] }

/**
 * Create or edit an account. The section lists follow the chosen bureau;
 * `roles` are those the editor may give (a bureau's managers: staff only),
 * and `cityLevel` whether an account may have no bureau (admins only).
 */
export function UserForm({ user, bureaus, roles, cityLevel }: { user?: UserFormValues; bureaus: Bureau[]; roles: Role[]; cityLevel: boolean }) {
  const t = useT();
  const [state, action, pending] = useActionState(user?.id ? updateUserAction : createUserAction, idleState);
  const [bureauId, setBureauId] = useState(user?.bureauId ?? (cityLevel ? "" : (bureaus[0]?.id ?? "")));
  const [sectionId, setSectionId] = useState(user?.sectionId ?? "");
  const sections = bureaus.find((b) => b.id === bureauId)?.sections ?? [];
  const created = !user?.id && state.status === "success" ? (state.data as { userId: string; link: string }) : null;
  if (created) {
    return (
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <FormMessage state={state} />
        <PasswordLinkNotice link={created.link} />
        <PortalLink href={`/admin/users/${created.userId}`} className="inline-block text-blue-800 underline">{t("users.openCreated")}</PortalLink>
      </div>
    );
  }
  const selectClass = "rounded border border-slate-300 bg-white px-2 py-1";
  const errorOf = (name: string) => fieldErrorsOf(state, name);
  return (
    <form action={action} onSubmit={keepInputOnSubmit(action)} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      {user?.id && <input type="hidden" name="userId" value={user.id} />}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField id="user-name" name="name" label={t("users.name")} defaultValue={user?.name} required maxLength={100} errors={errorOf("name")} />
        <TextField id="user-email" name="email" type="email" label={t("users.email")} defaultValue={user?.email} required maxLength={254} errors={errorOf("email")} />
        <div className="flex flex-col gap-1">
          <label htmlFor="user-role" className="text-sm font-medium">{t("users.role")}</label>
          <select id="user-role" name="role" defaultValue={user?.role ?? "STAFF"} className={selectClass}
            aria-invalid={errorOf("role").length > 0} aria-describedby={errorOf("role").length > 0 ? "user-role-error" : undefined}>
            {roles.map((role) => <option key={role} value={role}>{t(`role.${role}`)}</option>)}
          </select>
          <FieldError id="user-role-error" errors={errorOf("role")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="user-bureau" className="text-sm font-medium">{t("users.bureau")}</label>
          <select id="user-bureau" name="bureauId" value={bureauId} className={selectClass}
            onChange={(e) => { setBureauId(e.target.value); setSectionId(""); }}
            aria-invalid={errorOf("bureauId").length > 0} aria-describedby={errorOf("bureauId").length > 0 ? "user-bureau-error" : undefined}>
            {cityLevel && <option value="">{t("users.cityLevel")}</option>}
            {bureaus.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
          </select>
          <FieldError id="user-bureau-error" errors={errorOf("bureauId")} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="user-section" className="text-sm font-medium">{t("users.section")}</label>
          <select id="user-section" name="sectionId" value={sectionId} onChange={(e) => setSectionId(e.target.value)} className={selectClass}
            aria-invalid={errorOf("sectionId").length > 0} aria-describedby={errorOf("sectionId").length > 0 ? "user-section-error" : undefined}>
            <option value="">{t("users.noSection")}</option>
            {sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
          <FieldError id="user-section-error" errors={errorOf("sectionId")} />
        </div>
      </div>
      {sections.length > 1 && (
        <fieldset className="space-y-1" aria-describedby={errorOf("coEditSectionIds").length > 0 ? "user-coedit-error" : "user-coedit-hint"}>
          <legend className="text-sm font-medium">{t("users.coEditSections")}</legend>
          <p id="user-coedit-hint" className="text-xs text-slate-600">{t("users.coEditHint")}</p>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {sections.filter((s) => s.id !== sectionId).map((s) => (
              <label key={s.id} className="flex items-center gap-1 text-sm">
                <input type="checkbox" name="coEditSectionIds" value={s.id} defaultChecked={user?.coEditSectionIds.includes(s.id)} />
                {s.name}
              </label>
            ))}
          </div>
          <FieldError id="user-coedit-error" errors={errorOf("coEditSectionIds")} />
        </fieldset>
      )}
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>{user?.id ? t("users.save") : t("users.create")}</Button>
    </form>
  );
}
