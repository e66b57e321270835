<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>rd::AccountRecords</name>
    <message>
        <source>Cannot create the account &quot;%1&quot;</source>
        <translation>Das Konto „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>full name: %1</source>
        <translation>vollständiger Name: %1</translation>
    </message>
    <message>
        <source>Cannot retire the signing key of &quot;%1&quot;</source>
        <translation>Der Signaturschlüssel von „%1“ kann nicht stillgelegt werden</translation>
    </message>
    <message>
        <source>Cannot record the signing key of &quot;%1&quot;</source>
        <translation>Der Signaturschlüssel von „%1“ kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot record the password history</source>
        <translation>Der Passwortverlauf kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot update the account</source>
        <translation>Das Konto kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The new account &quot;%1&quot; got no id.</source>
        <translation>Das neue Konto „%1“ hat keine ID erhalten.</translation>
    </message>
    <message>
        <source>Cannot enable the account</source>
        <translation>Das Konto kann nicht aktiviert werden</translation>
    </message>
    <message>
        <source>A signing key for &quot;%1&quot; can only be certified with the store root or an administrator&apos;s key.</source>
        <translation>Ein Signaturschlüssel für „%1“ kann nur mit dem Stammschlüssel des Datenspeichers oder mit dem Schlüssel eines Administrators zertifiziert werden.</translation>
    </message>
    <message>
        <source>certified by the store root</source>
        <translation>vom Stammschlüssel des Datenspeichers zertifiziert</translation>
    </message>
    <message>
        <source>certified by %1 with key %2</source>
        <translation>von %1 mit Schlüssel %2 zertifiziert</translation>
    </message>
    <message>
        <source>Cannot record the certificate of &quot;%1&quot;</source>
        <translation>Das Zertifikat von „%1“ kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot read signing key %1</source>
        <translation>Der Signaturschlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot record the person of &quot;%1&quot;</source>
        <translation>Die Person von „%1“ kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot record the reset of &quot;%1&quot;</source>
        <translation>Das Zurücksetzen des Passworts von „%1“ kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot confirm the hand-over to &quot;%1&quot;</source>
        <translation>Die Übergabe an „%1“ kann nicht bestätigt werden</translation>
    </message>
    <message>
        <source>No hand-over of key %1 of &quot;%2&quot; awaits confirmation.</source>
        <translation>Für Schlüssel %1 von „%2“ steht keine Übergabe zur Bestätigung aus.</translation>
    </message>
    <message>
        <source>the person received the account reset by another administrator</source>
        <translation>die Person hat das von einem anderen Administrator zurückgesetzte Konto erhalten</translation>
    </message>
</context>
<context>
    <name>rd::AccountService</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Der Benutzername „%1“ ist ungültig: Verwenden Sie 2 bis 32 Zeichen aus Kleinbuchstaben a-z, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>The full name is empty; it is printed with every signature, so it must be given.</source>
        <translation>Der vollständige Name ist leer; er wird bei jeder Unterschrift gedruckt und muss daher angegeben werden.</translation>
    </message>
    <message>
        <source>The full name is longer than 100 characters.</source>
        <translation>Der vollständige Name ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>The full name contains a control character.</source>
        <translation>Der vollständige Name enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Cannot read the password history</source>
        <translation>Der Passwortverlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The new password is one of the last %1 passwords of this account; choose another.</source>
        <translation>Das neue Passwort ist eines der letzten %1 Passwörter dieses Kontos; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Cannot list the accounts</source>
        <translation>Die Konten können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>Konten anlegen</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken by %2 account of %3; user names are never reused.</source>
        <translation>Der Benutzername „%1“ ist durch %2 Konto von %3 belegt; Benutzernamen werden nie wiederverwendet.</translation>
    </message>
    <message>
        <source>the active</source>
        <translation>das aktive</translation>
    </message>
    <message>
        <source>the disabled</source>
        <translation>das deaktivierte</translation>
    </message>
    <message>
        <source>Cannot add the account</source>
        <translation>Das Konto kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>Konten deaktivieren</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already disabled.</source>
        <translation>Das Konto „%1“ ist bereits deaktiviert.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren; wenden Sie sich an einen anderen Administrator.</translation>
    </message>
    <message>
        <source>Give a reason for disabling the account.</source>
        <translation>Geben Sie eine Begründung für die Deaktivierung des Kontos an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be disabled.</source>
        <translation>„%1“ ist der letzte aktive Administrator und kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Cannot disable the account</source>
        <translation>Das Konto kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>Passwörter zurücksetzen</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; its password cannot be reset.</source>
        <translation>Das Konto „%1“ ist deaktiviert; sein Passwort kann nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>To change your own password, use Change password, not a reset.</source>
        <translation>Um Ihr eigenes Passwort zu ändern, verwenden Sie „Passwort ändern“, nicht das Zurücksetzen.</translation>
    </message>
    <message>
        <source>Cannot reset the password</source>
        <translation>Das Passwort kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Cannot change the password</source>
        <translation>Das Passwort kann nicht geändert werden</translation>
    </message>
    <message>
        <source>required change after a reset or first login</source>
        <translation>erforderliche Änderung nach Zurücksetzen oder erster Anmeldung</translation>
    </message>
    <message>
        <source>changed by the user</source>
        <translation>vom Benutzer geändert</translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator; nothing was changed.</source>
        <translation>%1 ist kein aktiver Administrator mehr; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>change accounts</source>
        <translation>Konten ändern</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; disabled</source>
        <translation>Konto „%1“ deaktiviert</translation>
    </message>
    <message>
        <source>the person identifier %1 is that of %2 (%3)</source>
        <translation>die Personenkennung %1 gehört zu %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is the name of the account %2</source>
        <translation>%1 ist der Name des Kontos %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as &quot;%2&quot;, the name of the account %3</source>
        <translation>„%1“ ist „%2“, dem Namen des Kontos %3, zum Verwechseln ähnlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as the user name %2</source>
        <translation>„%1“ ist dem Benutzernamen %2 zum Verwechseln ähnlich</translation>
    </message>
    <message>
        <source>An administrator cannot make an account for themselves (%1); another administrator must.</source>
        <translation>Ein Administrator kann kein Konto für sich selbst anlegen (%1); dies muss ein anderer Administrator tun.</translation>
    </message>
    <message>
        <source>The new account may be a person who already has one: %1. If it is the same person, say so and it is linked to them; otherwise tell them apart.</source>
        <translation>Das neue Konto gehört möglicherweise zu einer Person, die bereits ein Konto hat: %1. Wenn es dieselbe Person ist, geben Sie dies an; das Konto wird dann mit ihr verknüpft. Andernfalls machen Sie die beiden Personen unterscheidbar.</translation>
    </message>
    <message>
        <source>The new account is said to be a person who already has one, but no account has the person identifier %1 or a name like %2.</source>
        <translation>Laut Angabe gehört das neue Konto zu einer Person, die bereits ein Konto hat, aber kein Konto hat die Personenkennung %1 oder einen Namen wie %2.</translation>
    </message>
    <message>
        <source>The new account is said to be the person of %1, whose person identifier is %2, not %3.</source>
        <translation>Laut Angabe gehört das neue Konto derselben Person wie %1; deren Personenkennung ist jedoch %2, nicht %3.</translation>
    </message>
    <message>
        <source>temporary password set by an administrator; change required at next login; key %1 signs once another administrator confirms the hand-over</source>
        <translation>temporäres Passwort von einem Administrator festgelegt; Änderung bei der nächsten Anmeldung erforderlich; Schlüssel %1 signiert erst, wenn ein anderer Administrator die Übergabe bestätigt</translation>
    </message>
    <message>
        <source>Cannot read the hand-over of key %1</source>
        <translation>Die Übergabe von Schlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The signing key of %1 was issued when %2 reset the password; it signs once another administrator confirms that %1 received the account (users confirm-handover).</source>
        <translation>Der Signaturschlüssel von %1 wurde ausgestellt, als %2 das Passwort zurückgesetzt hat; er signiert erst, wenn ein anderer Administrator bestätigt, dass %1 das Konto erhalten hat (users confirm-handover).</translation>
    </message>
    <message>
        <source>confirm hand-overs</source>
        <translation>Übergaben bestätigen</translation>
    </message>
    <message>
        <source>Cannot confirm the hand-over</source>
        <translation>Die Übergabe kann nicht bestätigt werden</translation>
    </message>
    <message>
        <source>Cannot read the hand-over</source>
        <translation>Die Übergabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No password reset of %1 awaits a confirmed hand-over.</source>
        <translation>Für %1 wartet kein Zurücksetzen des Passworts auf eine bestätigte Übergabe.</translation>
    </message>
    <message>
        <source>You cannot confirm the hand-over of your own account.</source>
        <translation>Sie können die Übergabe Ihres eigenen Kontos nicht bestätigen.</translation>
    </message>
    <message>
        <source>You reset the password of %1, so another administrator confirms the hand-over.</source>
        <translation>Sie haben das Passwort von %1 zurückgesetzt; daher muss ein anderer Administrator die Übergabe bestätigen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (it holds %2) reads as &quot;%3&quot;, the name of the account %4</source>
        <translation>„%1“ (enthält %2) ist „%3“, dem Namen des Kontos %4, zum Verwechseln ähnlich</translation>
    </message>
    <message>
        <source>The accounts changed while this one was checked; nothing was written. Try again.</source>
        <translation>Die Konten haben sich geändert, während dieses Konto geprüft wurde; es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>state the person of accounts</source>
        <translation>die Person von Konten angeben</translation>
    </message>
    <message>
        <source>Cannot record the person</source>
        <translation>Die Person kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>%1 already belongs to the person %2; a person identifier is stated once.</source>
        <translation>%1 gehört bereits zur Person %2; eine Personenkennung wird nur einmal angegeben.</translation>
    </message>
    <message>
        <source>The person identifier %1 is that of %2 (%3). If %4 is that person, say so and it is linked to them; otherwise check the identifier.</source>
        <translation>Die Personenkennung %1 gehört zu %2 (%3). Wenn %4 diese Person ist, geben Sie dies an; das Konto wird dann mit ihr verknüpft. Andernfalls prüfen Sie die Kennung.</translation>
    </message>
    <message>
        <source>%1 is said to be a person who already has an account, but no other account has the person identifier %2.</source>
        <translation>Laut Angabe gehört %1 zu einer Person, die bereits ein Konto hat, aber kein anderes Konto hat die Personenkennung %2.</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>Die Begründung %1.</translation>
    </message>
</context>
<context>
    <name>rd::AuditTrail</name>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Der Audit-Trail kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation>In den Audit-Trail kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The workstation clock is earlier than the previous audit event.</source>
        <translation>Die Uhrzeit des Arbeitsplatzrechners liegt vor dem vorherigen Audit-Ereignis.</translation>
    </message>
    <message>
        <source>records.db ends before event %1, the last signed checkpoint recorded in keyslots.json: it was rolled back to an older copy or cut short.</source>
        <translation>records.db endet vor Ereignis %1, dem letzten in keyslots.json erfassten signierten Prüfpunkt: Die Datei wurde auf eine ältere Kopie zurückgesetzt oder gekürzt.</translation>
    </message>
    <message>
        <source>Event %1 of records.db is not the signed checkpoint recorded in keyslots.json: records.db was replaced or rewritten.</source>
        <translation>Ereignis %1 in records.db ist nicht der in keyslots.json erfasste signierte Prüfpunkt: records.db wurde ersetzt oder überschrieben.</translation>
    </message>
</context>
<context>
    <name>rd::AuditVerifier</name>
    <message>
        <source>event %1 (%2 by %3 at %4)</source>
        <translation>Ereignis %1 (%2 durch %3 am %4)</translation>
    </message>
    <message>
        <source>Event %1 is missing: the audit trail jumps from event %2 to %3.</source>
        <translation>Ereignis %1 fehlt: Der Audit-Trail springt von Ereignis %2 zu %3.</translation>
    </message>
    <message>
        <source>Event %1 appears out of order.</source>
        <translation>Ereignis %1 steht nicht in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>%1: its time &quot;%2&quot; is not in the stored form; it was edited outside ReleaseDesk.</source>
        <translation>%1: Der Zeitstempel „%2“ liegt nicht in der gespeicherten Form vor; er wurde außerhalb von ReleaseDesk bearbeitet.</translation>
    </message>
    <message>
        <source>%1: its link to the previous event does not match; an earlier event was changed or removed.</source>
        <translation>%1: Die Verknüpfung mit dem vorherigen Ereignis stimmt nicht überein; ein früheres Ereignis wurde geändert oder entfernt.</translation>
    </message>
    <message>
        <source>%1: its content does not match its hash; it was altered after it was written.</source>
        <translation>%1: Der Inhalt stimmt nicht mit dem Hash überein; er wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>Checkpoint %1: %2&apos;s signature does not match the audit trail up to event %3; the trail before it was rewritten.</source>
        <translation>Prüfpunkt %1: Die Signatur von %2 stimmt nicht mit dem Audit-Trail bis Ereignis %3 überein; der Audit-Trail davor wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verifizierung abgebrochen.</translation>
    </message>
    <message>
        <source>keyslots.json records no checkpoint, though the audit trail holds %1: keyslots.json was replaced with an older or foreign copy.</source>
        <translation>keyslots.json enthält keinen Prüfpunkt, obwohl der Audit-Trail %1 Prüfpunkt(e) enthält: keyslots.json wurde durch eine ältere oder fremde Kopie ersetzt.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Der Audit-Trail kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The record bindings name event %1, which records no bindings: they were added outside ReleaseDesk.</source>
        <translation>Die Datensatzbindungen nennen Ereignis %1, das keine Bindungen erfasst: Sie wurden außerhalb von ReleaseDesk hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: the record bindings it wrote were changed or removed outside ReleaseDesk.</source>
        <translation>%1: Die von diesem Ereignis geschriebenen Datensatzbindungen wurden außerhalb von ReleaseDesk geändert oder entfernt.</translation>
    </message>
    <message>
        <source>Checkpoint %1 cannot be trusted: %2</source>
        <translation>Prüfpunkt %1 ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but record bindings of event %2 remain: events were removed from the end.</source>
        <translation>Der Audit-Trail endet bei Ereignis %1, es sind jedoch noch Datensatzbindungen von Ereignis %2 vorhanden: Am Ende wurden Ereignisse entfernt.</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but keyslots.json records a checkpoint of %2 at event %3: events were removed from the end.</source>
        <translation>Der Audit-Trail endet bei Ereignis %1, keyslots.json verzeichnet jedoch einen Prüfpunkt von %2 bei Ereignis %3: Am Ende wurden Ereignisse entfernt.</translation>
    </message>
    <message>
        <source>Event %1 is not the checkpoint of %2 recorded in keyslots.json; the audit trail was rewritten from there on.</source>
        <translation>Ereignis %1 ist nicht der in keyslots.json erfasste Prüfpunkt von %2; der Audit-Trail wurde ab dort umgeschrieben.</translation>
    </message>
    <message>
        <source>The indexes of the audit trail cannot be checked from its walk.</source>
        <translation>Die Indizes des Audit-Trails können nicht beim Durchlaufen des Trails geprüft werden.</translation>
    </message>
    <message>
        <source>The order of the record bindings can only be checked by one walk of the whole audit trail.</source>
        <translation>Die Reihenfolge der Datensatzbindungen lässt sich nur in einem Durchgang durch den ganzen Audit-Trail prüfen.</translation>
    </message>
    <message>
        <source>The order of the record bindings cannot be checked from the walk.</source>
        <translation>Die Reihenfolge der Datensatzbindungen lässt sich im Durchgang nicht prüfen.</translation>
    </message>
</context>
<context>
    <name>rd::BatchCatalogue</name>
    <message>
        <source>Name a batch.</source>
        <translation>Geben Sie eine Charge an.</translation>
    </message>
</context>
<context>
    <name>rd::BatchLocks</name>
    <message>
        <source>Cannot read the states of the batches</source>
        <translation>Der Status der Chargen kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>batch %1 is decided (&quot;%2&quot;); its record and results change only under change control, which puts it on hold for a new review and decision</source>
        <translation>über Charge %1 ist entschieden („%2“); ihr Datensatz und ihre Ergebnisse werden nur im Rahmen einer Änderungskontrolle geändert, die die Charge für eine erneute Prüfung und Entscheidung zurückstellt</translation>
    </message>
    <message>
        <source>Change control must read &quot;REFERENCE: reason&quot;, for example &quot;CC-2026-014: viability repeated after a counter fault&quot;; got &quot;%1&quot;.</source>
        <translation>Die Änderungskontrolle muss als „REFERENZ: Begründung“ angegeben werden, zum Beispiel „CC-2026-014: Viabilität nach einer Störung des Zellzählers wiederholt“; angegeben wurde „%1“.</translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>Es wurde nichts geschrieben: %1.</translation>
    </message>
    <message>
        <source>Cannot record the state of batch %1</source>
        <translation>Der Status der Charge %1 kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>change control %1; changed: %2</source>
        <translation>Änderungskontrolle %1; geändert: %2</translation>
    </message>
    <message>
        <source>changed after QC approval: %1</source>
        <translation>nach QC-Genehmigung geändert: %1</translation>
    </message>
    <message>
        <source>The state of batch %1 was not recorded where expected; nothing was changed.</source>
        <translation>Der Status der Charge %1 wurde nicht an der erwarteten Stelle erfasst; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Batch %1 changed state (someone signed for it) while this change was checked; nothing was written. Try again.</source>
        <translation>Der Status der Charge %1 hat sich geändert (jemand hat für sie unterschrieben), während diese Änderung geprüft wurde; es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the result of %1 that the conditional release of batch %2 awaited has arrived; a further one changes what was decided and needs change control</source>
        <translation>das Ergebnis von %1, auf das die bedingte Freigabe der Charge %2 wartete, ist eingegangen; ein weiteres ändert, was entschieden wurde, und erfordert eine Änderungskontrolle</translation>
    </message>
    <message>
        <source>batch %1 is on hold after its decision (&quot;%2&quot;); its record and results change only under change control, for a new review and decision</source>
        <translation>Charge %1 ist nach der Entscheidung über sie („%2“) zurückgestellt; ihr Datensatz und ihre Ergebnisse werden nur im Rahmen einer Änderungskontrolle geändert, für eine erneute Prüfung und Entscheidung</translation>
    </message>
    <message>
        <source>more than one result of %1, which the conditional release of batch %2 awaits, came at once; one is its result, and the others need change control</source>
        <translation>mehr als ein Ergebnis von %1, auf das die bedingte Freigabe der Charge %2 wartet, kam gleichzeitig; eines ist das erwartete Ergebnis, die übrigen erfordern eine Änderungskontrolle</translation>
    </message>
    <message>
        <source>The change control %1.</source>
        <translation>Die Änderungskontrolle %1.</translation>
    </message>
</context>
<context>
    <name>rd::CommandLine</name>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for how to use it.</source>
        <translation>Mit „%1 %2 --help“ erhalten Sie Hinweise zur Verwendung.</translation>
    </message>
    <message>
        <source>Your user name (asked for on the terminal if omitted).</source>
        <translation>Ihr Benutzername (wird im Terminal abgefragt, falls nicht angegeben).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line: %1.</source>
        <translation>Passwörter von der Standardeingabe lesen, eines pro Zeile: %1.</translation>
    </message>
    <message>
        <source>expected %1, got %2 arguments.</source>
        <translation>%1 erwartet, %2 Argumente angegeben.</translation>
    </message>
    <message>
        <source>--user is required with --password-stdin.</source>
        <translation>--user ist bei --password-stdin erforderlich.</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 must change the password first: run &quot;%2 passwd %3 --user %1&quot;.</source>
        <translation>%1 muss zuerst das Passwort ändern: Führen Sie „%2 passwd %3 --user %1“ aus.</translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; print it or write it down and keep it locked away):</source>
        <translation>Wiederherstellungscode (wird nur dieses eine Mal angezeigt; drucken Sie ihn aus oder notieren Sie ihn und bewahren Sie ihn unter Verschluss auf):</translation>
    </message>
    <message>
        <source>It opens the store if every administrator password is lost (%1 recover).</source>
        <translation>Er öffnet den Datenspeicher, falls alle Administratorpasswörter verloren gehen (%1 recover).</translation>
    </message>
    <message>
        <source>Create a new, empty store with its first administrator.</source>
        <translation>Einen neuen, leeren Datenspeicher mit seinem ersten Administrator anlegen.</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>Benutzername des ersten Administrators.</translation>
    </message>
    <message>
        <source>Full name of the first administrator, as printed with signatures.</source>
        <translation>Vollständiger Name des ersten Administrators, wie er bei Unterschriften gedruckt wird.</translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation>das Passwort des Administrators</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>Created the store %1 (id %2).</source>
        <translation>Datenspeicher %1 angelegt (ID %2).</translation>
    </message>
    <message>
        <source>Accounts (password for all: %1):</source>
        <translation>Konten (Passwort für alle: %1):</translation>
    </message>
    <message>
        <source>List every account, active and disabled.</source>
        <translation>Alle Konten auflisten, aktive und deaktivierte.</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>VOLLSTÄNDIGER NAME</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST LOGIN</source>
        <translation>LETZTE ANMELDUNG</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>Passwortänderung erforderlich</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Add an account (administrators only). The new user must change the initial password at the first login.</source>
        <translation>Ein Konto anlegen (nur Administratoren). Der neue Benutzer muss das Initialpasswort bei der ersten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>Full name, as printed with signatures.</source>
        <translation>Vollständiger Name, wie er bei Unterschriften gedruckt wird.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eine der folgenden: %1.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>your password, then the new user&apos;s initial password</source>
        <translation>Ihr Passwort, dann das Initialpasswort des neuen Benutzers</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation>unbekannte Rolle „%1“; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>Initial password for %1: </source>
        <translation>Initialpasswort für %1: </translation>
    </message>
    <message>
        <source>Repeat the initial password: </source>
        <translation>Initialpasswort wiederholen: </translation>
    </message>
    <message>
        <source>Disable an account (administrators only). The account stays in the records; its key slot is removed.</source>
        <translation>Ein Konto deaktivieren (nur Administratoren). Das Konto bleibt in den Datensätzen erhalten; sein Schlüsselslot wird entfernt.</translation>
    </message>
    <message>
        <source>Why, for the audit trail.</source>
        <translation>Begründung für den Audit-Trail.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation>--reason ist erforderlich.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Set a temporary password (administrators only); the user must change it at the next login. Also lifts a lockout.</source>
        <translation>Ein temporäres Passwort festlegen (nur Administratoren); der Benutzer muss es bei der nächsten Anmeldung ändern. Hebt auch eine Kontosperre auf.</translation>
    </message>
    <message>
        <source>your password, then the temporary password</source>
        <translation>Ihr Passwort, dann das temporäre Passwort</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>Temporäres Passwort für %1: </translation>
    </message>
    <message>
        <source>Repeat the temporary password: </source>
        <translation>Temporäres Passwort wiederholen: </translation>
    </message>
    <message>
        <source>Change your own password. %1</source>
        <translation>Das eigene Passwort ändern. %1</translation>
    </message>
    <message>
        <source>your current password, then the new one</source>
        <translation>Ihr aktuelles Passwort, dann das neue</translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation>Aktuelles Passwort für %1: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Passwort von %1 geändert.</translation>
    </message>
    <message>
        <source>failed at event %1: %2</source>
        <translation>fehlgeschlagen bei Ereignis %1: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Set a new password for this administrator.</source>
        <translation>Ein neues Passwort für diesen Administrator festlegen.</translation>
    </message>
    <message>
        <source>Print the raw key as a PRAGMA key line.</source>
        <translation>Den rohen Schlüssel als PRAGMA-key-Zeile ausgeben.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Wiederherstellungscode: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>Neues Passwort für %1 festgelegt.</translation>
    </message>
    <message>
        <source>%1: unknown verb &quot;%2&quot;.</source>
        <translation>%1: unbekannter Befehl „%2“.</translation>
    </message>
    <message>
        <source>give exactly one of --admin, --show-raw-key or --accept-rollback.</source>
        <translation>geben Sie genau eine der Optionen --admin, --show-raw-key oder --accept-rollback an.</translation>
    </message>
    <message>
        <source>--accept-rollback needs --reason.</source>
        <translation>--accept-rollback erfordert --reason.</translation>
    </message>
    <message>
        <source>Accepted the older records; the acceptance and what was lost are recorded in the audit trail.</source>
        <translation>Der ältere Datenbestand wurde akzeptiert; die Akzeptanz und die verlorenen Daten sind im Audit-Trail erfasst.</translation>
    </message>
    <message>
        <source>Use the recovery code printed at init: set a new password for an administrator, show the raw database key for the sqlcipher shell, or accept a records.db older than the last signed checkpoint. Each is recorded in the audit trail.</source>
        <translation>Den bei init ausgegebenen Wiederherstellungscode verwenden: ein neues Passwort für einen Administrator festlegen, den rohen Datenbankschlüssel für die sqlcipher-Shell anzeigen oder eine records.db akzeptieren, die älter als der letzte signierte Prüfpunkt ist. Jeder dieser Vorgänge wird im Audit-Trail erfasst.</translation>
    </message>
    <message>
        <source>Accept a records.db older than the last signed checkpoint (put back from a backup); needs --reason.</source>
        <translation>Eine records.db akzeptieren, die älter als der letzte signierte Prüfpunkt ist (aus einer Sicherung zurückgespielt); erfordert --reason.</translation>
    </message>
    <message>
        <source>the recovery code, then (with --admin) the new password</source>
        <translation>der Wiederherstellungscode, dann (mit --admin) das neue Passwort</translation>
    </message>
    <message>
        <source>Create a demo store: one account per role, three products, four sites and N batches with their QC results over two years. The same seed gives the same records. Its password is public: never put real data in it.</source>
        <translation>Einen Demo-Datenspeicher anlegen: ein Konto pro Rolle, drei Produkte, vier Standorte und N Chargen mit ihren QC-Ergebnissen über zwei Jahre. Derselbe Startwert ergibt dieselben Daten. Das Passwort ist öffentlich: Legen Sie niemals echte Daten darin ab.</translation>
    </message>
    <message>
        <source>How many batches (default 300).</source>
        <translation>Anzahl der Chargen (Standard: 300).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Startwert des Generators (Standard: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--batches takes a whole number from 0 to %1.</source>
        <translation>--batches erwartet eine ganze Zahl von 0 bis %1.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>Created the demo store %1 with %2 batches in %3 s.</source>
        <translation>Demo-Datenspeicher %1 mit %2 Chargen in %3 s angelegt.</translation>
    </message>
    <message>
        <source>Import specifications and batch records (administrators) or QC results as CSV, JSON or Allotrope cell-counting JSON (QC analysts). Everything is checked first and written in one transaction: one bad row and nothing is written.</source>
        <translation>Spezifikationen und Chargendokumentationen (Administratoren) oder QC-Ergebnisse (QC-Analytiker) importieren, als CSV, JSON oder Allotrope-JSON (Zellzählung). Alle Daten werden zuerst kontrolliert und dann in einer einzigen Transaktion geschrieben: Ist eine Zeile fehlerhaft, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Store content that differs from what is stored as new versions (the old ones stay readable); needs --reason.</source>
        <translation>Inhalte, die vom gespeicherten Stand abweichen, als neue Versionen speichern (die alten bleiben lesbar); erfordert --reason.</translation>
    </message>
    <message>
        <source>expected STORE and at least one FILE.</source>
        <translation>STORE und mindestens ein FILE erwartet.</translation>
    </message>
    <message>
        <source>--supersede needs --reason.</source>
        <translation>--supersede erfordert --reason.</translation>
    </message>
    <message>
        <source>%1 rows written in %2 s.</source>
        <translation>%1 Zeilen in %2 s geschrieben.</translation>
    </message>
    <message>
        <source>Write stored records in the import formats, values as imported: specifications, batches, results or unassigned.</source>
        <translation>Gespeicherte Datensätze in den Importformaten ausgeben, Werte wie importiert: specifications, batches, results oder unassigned.</translation>
    </message>
    <message>
        <source>csv or json (default json).</source>
        <translation>csv oder json (Standard: json).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation>Nur diese Charge.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>WHAT is specifications, batches, results or unassigned, not &quot;%1&quot;.</source>
        <translation>WHAT ist specifications, batches, results oder unassigned, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format ist csv oder json.</translation>
    </message>
    <message>
        <source>List the open unassigned results.</source>
        <translation>Die offenen nicht zugeordneten Ergebnisse auflisten.</translation>
    </message>
    <message>
        <source>Attach an unassigned result to a QC sample of a batch (QC analysts), with a reason.</source>
        <translation>Ein nicht zugeordnetes Ergebnis einer QC-Probe einer Charge zuordnen (QC-Analytiker), mit Begründung.</translation>
    </message>
    <message>
        <source>Reject an unassigned result (QC analysts), with a reason.</source>
        <translation>Ein nicht zugeordnetes Ergebnis zurückweisen (QC-Analytiker), mit Begründung.</translation>
    </message>
    <message>
        <source>ID is a number that inbox list shows (several: separated by commas).</source>
        <translation>ID ist eine Nummer, die inbox list anzeigt (mehrere durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Assigned %1 to sample %2.</source>
        <translation>%1 der Probe %2 zugeordnet.</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>%1 zurückgewiesen.</translation>
    </message>
    <message>
        <source>say what to do: list, assign or reject.</source>
        <translation>geben Sie an, was zu tun ist: list, assign oder reject.</translation>
    </message>
    <message>
        <source>Recompute the audit trail&apos;s hash chain and check every checkpoint and electronic signature. Prints &quot;ok: N events&quot; or names the first event that does not match (exit code 1).</source>
        <translation>Die Hash-Kette des Audit-Trails neu berechnen und jeden Prüfpunkt und jede elektronische Unterschrift verifizieren. Gibt „ok: N Ereignisse“ aus oder nennt das erste Ereignis, das nicht übereinstimmt (Exit-Code 1).</translation>
    </message>
    <message>
        <source>Batch %1 (%2, %3), record version %4, specification %5</source>
        <translation>Charge %1 (%2, %3), Datensatzversion %4, Spezifikation %5</translation>
    </message>
    <message>
        <source>none in force</source>
        <translation>(keine gültige)</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>*** EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT at the treating physician&apos;s request ***</source>
        <translation>*** AUSNAHMSWEISE FREIGABE EINES PRODUKTS AUSSERHALB DER SPEZIFIKATION auf Anforderung des behandelnden Arztes ***</translation>
    </message>
    <message>
        <source>Exceptions: %1 (critical %2, major %3, minor %4, info %5); without disposition: %6</source>
        <translation>Ausnahmen: %1 (kritisch %2, schwerwiegend %3, geringfügig %4, Info %5); ohne Bewertung: %6</translation>
    </message>
    <message>
        <source> (blocks release)</source>
        <translation> (blockiert die Freigabe)</translation>
    </message>
    <message>
        <source>; deviation %1</source>
        <translation>; Abweichung %1</translation>
    </message>
    <message>
        <source>   needs a new disposition: the data changed since &quot;%1&quot;</source>
        <translation>   neue Bewertung erforderlich: Die Daten haben sich seit „%1“ geändert</translation>
    </message>
    <message>
        <source>   needs a disposition</source>
        <translation>   Bewertung erforderlich</translation>
    </message>
    <message>
        <source>Signed: %1%2%3</source>
        <translation>Unterschrieben: %1%2%3</translation>
    </message>
    <message>
        <source>; reason: %1</source>
        <translation>; Begründung: %1</translation>
    </message>
    <message>
        <source> [NO LONGER COVERS the current record]</source>
        <translation> [deckt den aktuellen Datensatz NICHT MEHR ab]</translation>
    </message>
    <message>
        <source>   physician&apos;s request %1; risk evaluation: %2</source>
        <translation>   Anforderung des Arztes %1; Risikobewertung: %2</translation>
    </message>
    <message>
        <source>   pending at signing: %1</source>
        <translation>   bei der Unterschrift ausstehend: %1</translation>
    </message>
    <message>
        <source>List the exceptions of a batch, numbered, with their dispositions.</source>
        <translation>Die Ausnahmen einer Charge nummeriert und mit ihren Bewertungen auflisten.</translation>
    </message>
    <message>
        <source>Record a disposition of one exception (QA reviewers).</source>
        <translation>Eine Bewertung zu einer Ausnahme erfassen (QA-Prüfer).</translation>
    </message>
    <message>
        <source>Sign a batch decision; the password is asked again for the signature.</source>
        <translation>Eine Chargenentscheidung unterschreiben; für die Unterschrift wird das Passwort erneut abgefragt.</translation>
    </message>
    <message>
        <source>Show where a batch stands: state, exceptions and signatures.</source>
        <translation>Den Stand einer Charge anzeigen: Status, Ausnahmen und Unterschriften.</translation>
    </message>
    <message>
        <source>The batch number.</source>
        <translation>Die Chargennummer.</translation>
    </message>
    <message>
        <source>The exception&apos;s number (as listed) or key.</source>
        <translation>Die Nummer der Ausnahme (wie aufgelistet) oder ihr Schlüssel.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The disposition.</source>
        <translation>Die Bewertung.</translation>
    </message>
    <message>
        <source>A deviation reference.</source>
        <translation>Referenz einer Abweichung.</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>What the signature means: %1.</source>
        <translation>Bedeutung der Unterschrift: %1.</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>A comment; the reason for on-hold, hold-lifted and rejected.</source>
        <translation>Ein Kommentar; bei on-hold, hold-lifted und rejected die Begründung.</translation>
    </message>
    <message>
        <source>Exceptional release: the reference of the treating physician&apos;s written request.</source>
        <translation>Ausnahmsweise Freigabe: die Referenz der schriftlichen Anforderung des behandelnden Arztes.</translation>
    </message>
    <message>
        <source>Exceptional release: the risk evaluation.</source>
        <translation>Ausnahmsweise Freigabe: die Risikobewertung.</translation>
    </message>
    <message>
        <source>your password, then your password again to sign</source>
        <translation>Ihr Passwort, dann zum Unterschreiben erneut Ihr Passwort</translation>
    </message>
    <message>
        <source>--batch is required.</source>
        <translation>--batch ist erforderlich.</translation>
    </message>
    <message>
        <source>--meaning is one of: %1.</source>
        <translation>--meaning ist einer der folgenden Werte: %1.</translation>
    </message>
    <message>
        <source>--exception and --comment are required.</source>
        <translation>--exception und --comment sind erforderlich.</translation>
    </message>
    <message>
        <source>Signing &quot;%1&quot; for batch %2: %3</source>
        <translation>Unterschrift „%1“ für Charge %2: %3</translation>
    </message>
    <message>
        <source>Password to sign as %1: </source>
        <translation>Passwort zum Unterschreiben als %1: </translation>
    </message>
    <message>
        <source>Signed: %1; batch %2 is now &quot;%3&quot;.</source>
        <translation>Unterschrieben: %1; Charge %2 hat jetzt den Status „%3“.</translation>
    </message>
    <message>
        <source>Print one product&apos;s series of a test with its control limits, moving ranges, capability and the rules each point violates.</source>
        <translation>Die Messreihe eines Tests für ein Produkt ausgeben, mit Eingriffsgrenzen, gleitenden Spannweiten, Prozessfähigkeit und den Regeln, die jeder Punkt verletzt.</translation>
    </message>
    <message>
        <source>The product code.</source>
        <translation>Der Produktcode.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The test code.</source>
        <translation>Der Testcode.</translation>
    </message>
    <message>
        <source>Only this site (may be repeated).</source>
        <translation>Nur dieser Standort (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Made on or after (YYYY-MM-DD).</source>
        <translation>Hergestellt am oder nach diesem Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Made on or before (YYYY-MM-DD).</source>
        <translation>Hergestellt am oder vor diesem Datum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>imr (default) or lj (Levey-Jennings).</source>
        <translation>imr (Standard) oder lj (Levey-Jennings).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Limits from the first K points (default: all).</source>
        <translation>Grenzen aus den ersten K Punkten (Standard: alle).</translation>
    </message>
    <message>
        <source>Limits from the batches made from this date (YYYY-MM-DD)...</source>
        <translation>Grenzen aus den Chargen, hergestellt ab diesem Datum (YYYY-MM-DD)...</translation>
    </message>
    <message>
        <source>...to this date.</source>
        <translation>...bis zu diesem Datum.</translation>
    </message>
    <message>
        <source>Limits from a frozen baseline of this name.</source>
        <translation>Grenzen aus einem festgeschriebenen Referenzzeitraum dieses Namens.</translation>
    </message>
    <message>
        <source>westgard, nelson (default), all, or a list of rule ids separated by commas.</source>
        <translation>westgard, nelson (Standard), all oder eine durch Kommas getrennte Liste von Regel-IDs.</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>--product and --test are required.</source>
        <translation>--product und --test sind erforderlich.</translation>
    </message>
    <message>
        <source>--%1 is a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 ist ein Datum im Format YYYY-MM-DD, nicht „%2“.</translation>
    </message>
    <message>
        <source>--chart is imr or lj.</source>
        <translation>--chart ist imr oder lj.</translation>
    </message>
    <message>
        <source>--baseline is a number of points, at least 2.</source>
        <translation>--baseline ist eine Anzahl von Punkten, mindestens 2.</translation>
    </message>
    <message>
        <source>--rules: unknown rule in &quot;%1&quot;.</source>
        <translation>--rules: unbekannte Regel in „%1“.</translation>
    </message>
    <message>
        <source>--baseline-from and --baseline-to are both dates as YYYY-MM-DD.</source>
        <translation>--baseline-from und --baseline-to sind beide Datumsangaben im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>charts cannot be drawn by this build.</source>
        <translation>dieser Build kann keine Regelkarten zeichnen.</translation>
    </message>
    <message>
        <source>List the out-of-trend rules per product and test, or set them for one test (administrators): their violations become out-of-trend exceptions in review.</source>
        <translation>Die OOT-Regeln (außerhalb des Trends) je Produkt und Test auflisten oder für einen Test festlegen (Administratoren): Verstöße gegen diese Regeln werden bei der Prüfung zu OOT-Ausnahmen.</translation>
    </message>
    <message>
        <source>westgard, nelson, all, a list of rule ids, or none to switch the check off.</source>
        <translation>westgard, nelson, all, eine Liste von Regel-IDs oder none, um die Trendüberwachung abzuschalten.</translation>
    </message>
    <message>
        <source>--rules needs --product and --test.</source>
        <translation>--rules erfordert --product und --test.</translation>
    </message>
    <message>
        <source>Trend: batches made on or after; audit: events on or after this day, UTC (YYYY-MM-DD).</source>
        <translation>Trend: Chargen, hergestellt an oder nach diesem Tag; Audit: Ereignisse an oder nach diesem Tag, UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Trend: batches made on or before; audit: events on or before this day, UTC (YYYY-MM-DD).</source>
        <translation>Trend: Chargen, hergestellt an oder vor diesem Tag; Audit: Ereignisse an oder vor diesem Tag, UTC (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Write a release document as a PDF/A file: coa (Certificate of Analysis), release (batch release certificate), review (batch review report), audit (audit-trail report of a batch, or of the store by days, user and action) or trend (the trend options as for &quot;trend&quot;). The document is recorded in the store&apos;s register; verify-document checks it later.</source>
        <translation>Ein Freigabedokument als PDF/A-Datei erstellen: coa (Analysenzertifikat), release (Chargenfreigabezertifikat), review (Prüfbericht), audit (Audit-Trail-Bericht einer Charge oder des Datenspeichers nach Tagen, Benutzer und Aktion) oder trend (Trendoptionen wie bei „trend“). Das Dokument wird im Dokumentenregister des Datenspeichers erfasst; verify-document verifiziert es später.</translation>
    </message>
    <message>
        <source>The batch.</source>
        <translation>Die Charge.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Audit report: only the events of this user.</source>
        <translation>Audit-Bericht: nur die Ereignisse dieses Benutzers.</translation>
    </message>
    <message>
        <source>Audit report: only this action (e.g. batch.signed).</source>
        <translation>Audit-Bericht: nur diese Aktion (z. B. batch.signed).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>KIND is one of %1, not &quot;%2&quot;.</source>
        <translation>KIND muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper ist a4 oder letter.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>-o FILE.pdf ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 version %3: %n page(s)%4, hash %5, in %6 ms.</source>
        <translation>
            <numerusform>%1 %2 Version %3: %n Seite%4, Hash %5, in %6 ms.</numerusform>
            <numerusform>%1 %2 Version %3: %n Seiten%4, Hash %5, in %6 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (Entwurf)</translation>
    </message>
    <message>
        <source>Check a PDF issued by ReleaseDesk: that the file is the one issued, that the record and its signatures still give the same document, and that the audit trail verifies. Exit status 0 when all hold, 1 when not.</source>
        <translation>Ein von ReleaseDesk ausgestelltes PDF verifizieren: dass die Datei die ausgestellte ist, dass der Datensatz und seine Unterschriften noch dasselbe Dokument ergeben und dass sich der Audit-Trail verifizieren lässt. Exit-Status 0, wenn alles zutrifft, sonst 1.</translation>
    </message>
    <message>
        <source>The store it was issued from.</source>
        <translation>Der Datenspeicher, aus dem es ausgestellt wurde.</translation>
    </message>
    <message>
        <source>store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>--store STORE is required.</source>
        <translation>--store STORE ist erforderlich.</translation>
    </message>
    <message>
        <source>List the manufacturing sites with their authorisation and address, or register one (administrators): release certificates print them.</source>
        <translation>Die Herstellungsstandorte mit Herstellungserlaubnis und Adresse auflisten oder einen registrieren (Administratoren): Chargenfreigabezertifikate führen sie auf.</translation>
    </message>
    <message>
        <source>Register or change this site.</source>
        <translation>Diesen Standort registrieren oder ändern.</translation>
    </message>
    <message>
        <source>Its manufacturing authorisation reference.</source>
        <translation>Referenz seiner Herstellungserlaubnis.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>Seine Adresse.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Site %1 registered.</source>
        <translation>Standort %1 registriert.</translation>
    </message>
    <message>
        <source>The language the document is printed in: en, nl, de or ja (default: the language of the command line).</source>
        <translation>Die Sprache, in der das Dokument gedruckt wird: en, nl, de oder ja (Standard: die Sprache der Befehlszeile).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output; it is replaced atomically, readable by you only (mode 0600).</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben; sie wird atomar ersetzt und ist nur für Sie lesbar (Modus 0600).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output, readable by you only (mode 0600).</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben, nur für Sie lesbar (Modus 0600).</translation>
    </message>
    <message>
        <source>Also draw the chart to this PNG file, readable by you only (mode 0600).</source>
        <translation>Die Regelkarte zusätzlich in diese PNG-Datei zeichnen, nur für Sie lesbar (Modus 0600).</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced atomically, readable by you only: mode 0600).</source>
        <translation>Die zu schreibende PDF-Datei (atomar ersetzt, nur für Sie lesbar: Modus 0600).</translation>
    </message>
    <message>
        <source>Store root fingerprint (printed on every document; keep it with the recovery code and compare it with releasedesk verify --fingerprint):</source>
        <translation>Fingerabdruck des Stammschlüssels des Datenspeichers (auf jedem Dokument gedruckt; bewahren Sie ihn zusammen mit dem Wiederherstellungscode auf und vergleichen Sie ihn mit releasedesk verify --fingerprint):</translation>
    </message>
    <message>
        <source>Refuse the store unless its root has this fingerprint (as printed at init and on every document).</source>
        <translation>Den Datenspeicher ablehnen, wenn sein Stammschlüssel nicht diesen Fingerabdruck hat (wie bei init und auf jedem Dokument ausgegeben).</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>ok: %1 events; signed checkpoints verified: %2; electronic signatures verified: %3; records checked against the audit trail: %4; key certificates verified: %5</source>
        <translation>ok: %1 Ereignisse; signierte Prüfpunkte verifiziert: %2; elektronische Unterschriften verifiziert: %3; Datensätze mit dem Audit-Trail abgeglichen: %4; Schlüsselzertifikate verifiziert: %5</translation>
    </message>
    <message>
        <source>store root fingerprint: %1</source>
        <translation>Fingerabdruck des Stammschlüssels des Datenspeichers: %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>verloren: %1</translation>
    </message>
    <message>
        <source>on hold for a new decision: batch %1</source>
        <translation>für eine neue Entscheidung zurückgestellt: Charge %1</translation>
    </message>
    <message>
        <source>Re-encrypt records.db under a new master key and give it to every active account (administrators only). Needs the store closed everywhere else; a copy of an old key slot then opens nothing. Recorded in the audit trail.</source>
        <translation>records.db mit einem neuen Hauptschlüssel neu verschlüsseln und diesen jedem aktiven Konto geben (nur Administratoren). Der Datenspeicher muss überall sonst geschlossen sein; eine Kopie eines alten Schlüsselslots öffnet danach nichts mehr. Wird im Audit-Trail erfasst.</translation>
    </message>
    <message>
        <source>re-key the store</source>
        <translation>den Datenspeicher neu verschlüsseln</translation>
    </message>
    <message>
        <source>on request of %1</source>
        <translation>auf Anforderung von %1</translation>
    </message>
    <message>
        <source>Re-keyed %1: records.db is under key generation %2.</source>
        <translation>%1 neu verschlüsselt: records.db ist mit Schlüsselgeneration %2 verschlüsselt.</translation>
    </message>
    <message>
        <source>Upgrade a store made by an earlier ReleaseDesk, before key certificates, with the recovery code: it is verified as it is, then a store root is made, every signing key certified by it, every record bound into the audit trail and the store re-keyed. Prints the new root&apos;s fingerprint.</source>
        <translation>Einen Datenspeicher, der mit einer früheren ReleaseDesk-Version vor Einführung der Schlüsselzertifikate angelegt wurde, mit dem Wiederherstellungscode aktualisieren: Er wird zunächst in seinem vorgefundenen Zustand verifiziert, dann wird ein Stammschlüssel erzeugt, jeder Signaturschlüssel damit zertifiziert, jeder Datensatz an den Audit-Trail gebunden und der Datenspeicher neu verschlüsselt. Gibt den Fingerabdruck des neuen Stammschlüssels aus.</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>der Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Upgraded %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <source>certified by the new root: %1</source>
        <translation>vom neuen Stammschlüssel zertifiziert: %1</translation>
    </message>
    <message>
        <source>these accounts need a password reset (their key is not in force): %1</source>
        <translation>für diese Konten muss das Passwort zurückgesetzt werden (ihr Schlüssel ist nicht gültig): %1</translation>
    </message>
    <message>
        <source>State: %1 — NOT BORNE OUT: %2</source>
        <translation>Status: %1 — NICHT BELEGT: %2</translation>
    </message>
    <message>
        <source>   NOT VALID: %1</source>
        <translation>   NICHT GÜLTIG: %1</translation>
    </message>
    <message>
        <source>   signed with %1</source>
        <translation>   Signaturschlüssel: %1</translation>
    </message>
    <message>
        <source>The disclosure is recorded in the audit trail. In the sqlcipher shell of SQLCipher 3 or 4 give these three lines first, in this order.</source>
        <translation>Die Offenlegung ist im Audit-Trail festgehalten. Geben Sie in der sqlcipher-Shell von SQLCipher 3 oder 4 zuerst diese drei Zeilen ein, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Change a decided batch under this change control, &quot;REFERENCE: reason&quot;; the batch goes on hold for a new review and decision.</source>
        <translation>Eine entschiedene Charge im Rahmen dieser Änderungskontrolle ändern, „REFERENZ: Begründung“; die Charge wird für eine erneute Prüfung und Entscheidung zurückgestellt.</translation>
    </message>
    <message>
        <source>Assign to a decided batch under this change control, &quot;REFERENCE: reason&quot;; the batch goes on hold for a new review and decision.</source>
        <translation>Einer entschiedenen Charge im Rahmen dieser Änderungskontrolle zuordnen, „REFERENZ: Begründung“; die Charge wird für eine erneute Prüfung und Entscheidung zurückgestellt.</translation>
    </message>
    <message>
        <source>*** %1 ***</source>
        <translation>*** %1 ***</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>Verfalldatum: %1</translation>
    </message>
    <message>
        <source>The first administrator&apos;s employee number or other identifier unique to them.</source>
        <translation>Personalnummer des ersten Administrators oder eine andere Kennung, die nur dieser Person zugeordnet ist.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>, hand-over to confirm</source>
        <translation>, Übergabe zu bestätigen</translation>
    </message>
    <message>
        <source>The person&apos;s employee number or other identifier unique to them.</source>
        <translation>Personalnummer der Person oder eine andere Kennung, die nur ihr zugeordnet ist.</translation>
    </message>
    <message>
        <source>The account is for a person who already has one (the same identifier or name): link it to them.</source>
        <translation>Das Konto ist für eine Person, die bereits ein Konto hat (dieselbe Kennung oder derselbe Name): mit ihr verknüpfen.</translation>
    </message>
    <message>
        <source>--full-name, --role and --person-id are required.</source>
        <translation>--full-name, --role und --person-id sind erforderlich.</translation>
    </message>
    <message>
        <source>Added %1 (%2, person %3, %4); the password must be changed at the first login.</source>
        <translation>%1 (%2, Person %3, %4) angelegt; das Passwort muss bei der ersten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next login, and its key signs once another administrator confirms the hand-over (users confirm-handover).</source>
        <translation>Passwort von %1 zurückgesetzt; es muss bei der nächsten Anmeldung geändert werden, und der Schlüssel des Kontos signiert erst, wenn ein anderer Administrator die Übergabe bestätigt (users confirm-handover).</translation>
    </message>
    <message>
        <source>Confirm that the person of an account whose password another administrator reset received it, so that its key may sign (administrators only).</source>
        <translation>Bestätigen, dass die Person eines Kontos, dessen Passwort ein anderer Administrator zurückgesetzt hat, das Konto erhalten hat, damit dessen Schlüssel signieren darf (nur Administratoren).</translation>
    </message>
    <message>
        <source>Confirmed the hand-over to %1; its key may sign.</source>
        <translation>Übergabe an %1 bestätigt; der Schlüssel des Kontos darf jetzt signieren.</translation>
    </message>
    <message>
        <source>QC approval of an out-of-specification result: the reference of its OOS investigation.</source>
        <translation>QC-Freigabe eines Ergebnisses außerhalb der Spezifikation: die Referenz der zugehörigen OOS-Untersuchung.</translation>
    </message>
    <message>
        <source>Usage: %1 specs list|show|approve STORE [--product P] [--version V]
  list [--product P]             every version and its standing
  show --product P --version V   its tests and what changed from the version before
  approve --product P --version V
                                 approve it with your signature (QA reviewers)</source>
        <translation>Verwendung: %1 specs list|show|approve STORE [--product P] [--version V]
  list [--product P]             jede Version und ihr Genehmigungsstatus
  show --product P --version V   ihre Tests und die Änderungen gegenüber der Vorversion
  approve --product P --version V
                                 mit Ihrer Unterschrift genehmigen (QA-Prüfer)</translation>
    </message>
    <message>
        <source>say what to do: list, show or approve.</source>
        <translation>geben Sie an, was zu tun ist: list, show oder approve.</translation>
    </message>
    <message>
        <source>List every specification version with who imported it and its approval.</source>
        <translation>Jede Spezifikationsversion auflisten, mit der Person, die sie importiert hat, und ihrer Genehmigung.</translation>
    </message>
    <message>
        <source>Approve a specification version with your electronic signature (QA reviewers other than its importer); it takes effect on its stated date or today, whichever is later.</source>
        <translation>Eine Spezifikationsversion mit Ihrer elektronischen Unterschrift genehmigen (QA-Prüfer, die sie nicht selbst importiert haben); sie wird an ihrem angegebenen Datum oder heute gültig, je nachdem, was später ist.</translation>
    </message>
    <message>
        <source>Show a specification version&apos;s tests and what changed from the version before.</source>
        <translation>Die Tests einer Spezifikationsversion und die Änderungen gegenüber der Vorversion anzeigen.</translation>
    </message>
    <message>
        <source>The specification version.</source>
        <translation>Die Spezifikationsversion.</translation>
    </message>
    <message>
        <source>v</source>
        <translation>v</translation>
    </message>
    <message>
        <source>--product and --version are required.</source>
        <translation>--product und --version sind erforderlich.</translation>
    </message>
    <message>
        <source>Approving specification %1 version %2: by signing you approve it as the specification batches of %1 are judged against.</source>
        <translation>Genehmigung der Spezifikation %1 Version %2: Mit Ihrer Unterschrift genehmigen Sie sie als die Spezifikation, anhand derer Chargen von %1 beurteilt werden.</translation>
    </message>
    <message>
        <source>Specification %1 version %2: %3.</source>
        <translation>Spezifikation %1 Version %2: %3.</translation>
    </message>
    <message>
        <source>The store has no specifications.</source>
        <translation>Der Datenspeicher enthält keine Spezifikationen.</translation>
    </message>
    <message>
        <source>There is no specification of product %1.</source>
        <translation>Es gibt keine Spezifikation für Produkt %1.</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUKT</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATED</source>
        <translation>GÜLTIG AB</translation>
    </message>
    <message>
        <source>IMPORTED BY</source>
        <translation>IMPORTIERT VON</translation>
    </message>
    <message>
        <source>STANDING</source>
        <translation>GENEHMIGUNGSSTATUS</translation>
    </message>
    <message>
        <source>Product %1 has no specification version %2.</source>
        <translation>Produkt %1 hat keine Spezifikationsversion %2.</translation>
    </message>
    <message>
        <source>Specification %1 version %2 (%3), stated effective %4, imported by %5</source>
        <translation>Spezifikation %1 Version %2 (%3), angegeben gültig ab %4, importiert von %5</translation>
    </message>
    <message>
        <source>Standing: %1</source>
        <translation>Genehmigungsstatus: %1</translation>
    </message>
    <message>
        <source>, not critical</source>
        <translation>, nicht freigabekritisch</translation>
    </message>
    <message>
        <source>, may be pending</source>
        <translation>, darf ausstehen</translation>
    </message>
    <message>
        <source>Changed from version %1:</source>
        <translation>Geändert gegenüber Version %1:</translation>
    </message>
    <message>
        <source>The first version of %1.</source>
        <translation>Die erste Version von %1.</translation>
    </message>
    <message>
        <source>  nothing but the version and dates</source>
        <translation>  nur die Version und die Datumsangaben</translation>
    </message>
    <message>
        <source>say what to do after the store: exceptions, disposition, sign, status or rejudge.</source>
        <translation>geben Sie nach dem Datenspeicher an, was zu tun ist: exceptions, disposition, sign, status oder rejudge.</translation>
    </message>
    <message>
        <source>Judge a batch against another approved version of its specification (QA reviewers); it goes back through QC approval and review.</source>
        <translation>Eine Charge anhand einer anderen genehmigten Version ihrer Spezifikation beurteilen (QA-Prüfer); sie durchläuft erneut QC-Genehmigung und Prüfung.</translation>
    </message>
    <message>
        <source>The approved specification version.</source>
        <translation>Die genehmigte Spezifikationsversion.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Begründung.</translation>
    </message>
    <message>
        <source>A decided batch: &quot;REFERENCE: reason&quot;.</source>
        <translation>Eine entschiedene Charge: „REFERENZ: Begründung“.</translation>
    </message>
    <message>
        <source>--version and --reason are required.</source>
        <translation>--version und --reason sind erforderlich.</translation>
    </message>
    <message>
        <source>Batch %1 is judged against specification version %2%3; it is now &quot;%4&quot;.</source>
        <translation>Charge %1 wird anhand der Spezifikationsversion %2%3 beurteilt; ihr Status ist jetzt „%4“.</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (zuvor %1)</translation>
    </message>
    <message>
        <source>   disposition: %1 — %2%3 (%4, %5)</source>
        <translation>   Bewertung: %1 — %2%3 (%4, %5)</translation>
    </message>
    <message>
        <source>Usage: %1 review STORE exceptions|disposition|sign|status --batch NUMBER ...
  exceptions --batch N                    list what needs judgement
  disposition --batch N --exception K --comment TEXT [--deviation REF]
       [--outcome no-impact|with-reference|not-acceptable]
  sign --batch N --meaning MEANING [--comment TEXT]
       [--physician-request REF --risk-evaluation TEXT] [--investigation REF]
  status --batch N                        state, exceptions and signatures
  rejudge --batch N --version V --reason TEXT [--change-control TEXT]
                                          judge against another approved
                                          specification version
MEANING is one of: %2.</source>
        <translation>Verwendung: %1 review STORE exceptions|disposition|sign|status --batch NUMBER ...
  exceptions --batch N                    auflisten, was zu bewerten ist
  disposition --batch N --exception K --comment TEXT [--deviation REF]
       [--outcome no-impact|with-reference|not-acceptable]
  sign --batch N --meaning MEANING [--comment TEXT]
       [--physician-request REF --risk-evaluation TEXT] [--investigation REF]
  status --batch N                        Status, Ausnahmen und Unterschriften
  rejudge --batch N --version V --reason TEXT [--change-control TEXT]
                                          anhand einer anderen genehmigten
                                          Spezifikationsversion beurteilen
MEANING ist einer der folgenden Werte: %2.</translation>
    </message>
    <message>
        <source>The outcome: %1 (default: with-reference when --deviation is given, else no-impact).</source>
        <translation>Das Ergebnis: %1 (Standard: with-reference, wenn --deviation angegeben ist, sonst no-impact).</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>--outcome is one of: %1.</source>
        <translation>--outcome ist einer der folgenden Werte: %1.</translation>
    </message>
    <message>
        <source>Disposition recorded for %1: %2.</source>
        <translation>Bewertung für %1 erfasst: %2.</translation>
    </message>
    <message>
        <source>--admin, --full-name and --person-id are required.</source>
        <translation>--admin, --full-name und --person-id sind erforderlich.</translation>
    </message>
    <message>
        <source>State the person of an account made before person identifiers, once (administrators only).</source>
        <translation>Die Person eines Kontos, das vor Einführung der Personenkennungen angelegt wurde, einmalig angeben (nur Administratoren).</translation>
    </message>
    <message>
        <source>The account is of a person who already has another (the same identifier): link it to them.</source>
        <translation>Das Konto gehört einer Person, die bereits ein anderes Konto hat (dieselbe Kennung): mit ihr verknüpfen.</translation>
    </message>
    <message>
        <source>--person-id is required.</source>
        <translation>--person-id ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 (%2) belongs to the person %3.</source>
        <translation>%1 (%2) gehört zur Person %3.</translation>
    </message>
    <message>
        <source>Usage: %1 users list|add|disable|reset-password|confirm-handover|state-person STORE ...</source>
        <translation>Verwendung: %1 users list|add|disable|reset-password|confirm-handover|state-person STORE ...</translation>
    </message>
    <message>
        <source>say what to do: list, add, disable, reset-password, confirm-handover or state-person.</source>
        <translation>geben Sie an, was zu tun ist: list, add, disable, reset-password, confirm-handover oder state-person.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, add, disable, reset-password, confirm-handover or state-person.</source>
        <translation>unbekannte Aktion „%1“; verwenden Sie list, add, disable, reset-password, confirm-handover oder state-person.</translation>
    </message>
    <message>
        <source>Usage: %1 [VERB] ...

Without a verb, opens the window (options: --store FOLDER, --user NAME).

Verbs:
  init STORE --admin NAME --full-name NAME --person-id ID
                                             create a new store
  demo STORE [--batches N] [--seed S]        create a demo store
  import STORE FILE... [--supersede --reason TEXT] [--change-control TEXT]
                                             import records and results
  export STORE specifications|batches|results|unassigned [--format csv|json]
         [--batch NUMBER] [--out FILE]       write records as imported
  inbox list|assign|reject STORE ...         unassigned results
  review STORE exceptions|disposition|sign|status --batch NUMBER ...
                                             review and release a batch
  trend STORE --product P --test T [--site S] [--from D --to D] [--chart imr|lj]
        [--baseline K] [--rules nelson|westgard|LIST] [--format csv|json]
                                             a control chart&apos;s numbers
  oot-rules STORE [--product P --test T --rules LIST|none]
                                             out-of-trend rules for review
  report STORE coa|release|review|audit|trend [--batch NUMBER]
         [--paper a4|letter] [--language en|nl|de|ja] -o FILE.pdf
                                             a release document as PDF/A
  verify-document FILE.pdf --store STORE     check an issued document
  sites STORE [--set NAME --authorisation REF --address TEXT]
                                             manufacturing sites
  specs list|show|approve STORE [--product P --version V]
                                             specification versions, approval
  users list|add|disable|reset-password|confirm-handover|state-person STORE ...
                                             manage accounts
  passwd STORE                               change your password
  verify STORE [--fingerprint FP]            verify the trail, records, keys
  rekey STORE                                new master key for the store
  recover STORE --admin NAME|--show-raw-key|--accept-rollback
                                             use the recovery code
  upgrade STORE                              upgrade a store of an earlier
                                             version (recovery code)

Passwords are asked on the terminal, or read from standard input with
--password-stdin; never from arguments. &quot;%1 VERB --help&quot; says more.
Exit codes: 0 done, 1 refused or failed, 2 usage.</source>
        <translation>Verwendung: %1 [VERB] ...

Ohne Befehl wird das Fenster geöffnet (Optionen: --store FOLDER, --user NAME).

Befehle:
  init STORE --admin NAME --full-name NAME --person-id ID
                                             neuen Datenspeicher anlegen
  demo STORE [--batches N] [--seed S]        Demo-Datenspeicher anlegen
  import STORE FILE... [--supersede --reason TEXT] [--change-control TEXT]
                                             Datensätze und Ergebnisse importieren
  export STORE specifications|batches|results|unassigned [--format csv|json]
         [--batch NUMBER] [--out FILE]       Datensätze wie importiert ausgeben
  inbox list|assign|reject STORE ...         nicht zugeordnete Ergebnisse
  review STORE exceptions|disposition|sign|status --batch NUMBER ...
                                             eine Charge prüfen und freigeben
  trend STORE --product P --test T [--site S] [--from D --to D] [--chart imr|lj]
        [--baseline K] [--rules nelson|westgard|LIST] [--format csv|json]
                                             die Zahlen einer Regelkarte
  oot-rules STORE [--product P --test T --rules LIST|none]
                                             OOT-Regeln für die Prüfung
  report STORE coa|release|review|audit|trend [--batch NUMBER]
         [--paper a4|letter] [--language en|nl|de|ja] -o FILE.pdf
                                             ein Freigabedokument als PDF/A
  verify-document FILE.pdf --store STORE     ein ausgestelltes Dokument verifizieren
  sites STORE [--set NAME --authorisation REF --address TEXT]
                                             Herstellungsstandorte
  specs list|show|approve STORE [--product P --version V]
                                             Spezifikationsversionen, Genehmigung
  users list|add|disable|reset-password|confirm-handover|state-person STORE ...
                                             Konten verwalten
  passwd STORE                               das eigene Passwort ändern
  verify STORE [--fingerprint FP]            Audit-Trail, Datensätze, Schlüssel verifizieren
  rekey STORE                                neuer Hauptschlüssel für den Datenspeicher
  recover STORE --admin NAME|--show-raw-key|--accept-rollback
                                             den Wiederherstellungscode verwenden
  upgrade STORE                              einen Datenspeicher einer früheren Version
                                             aktualisieren (Wiederherstellungscode)

Passwörter werden im Terminal abgefragt oder mit
--password-stdin von der Standardeingabe gelesen, nie aus Argumenten. Mehr dazu mit „%1 VERB --help“.
Exit-Codes: 0 erledigt, 1 abgelehnt oder fehlgeschlagen, 2 falsche Verwendung.</translation>
    </message>
</context>
<context>
    <name>rd::Csv</name>
    <message>
        <source>a quoted field is never closed (a missing &quot;)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt)</translation>
    </message>
    <message>
        <source>characters follow a closing quote</source>
        <translation>auf ein schließendes Anführungszeichen folgen weitere Zeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>rd::DecisionLog</name>
    <message>
        <source>The signature is recorded, but its copy could not be added to %1 (%2); verify will say so until it is.</source>
        <translation>Die Unterschrift ist erfasst, ihre Kopie konnte aber nicht zu %1 hinzugefügt werden (%2); verify meldet dies, bis das nachgeholt ist.</translation>
    </message>
    <message>
        <source>%1, line %2, is not a signature ReleaseDesk wrote.</source>
        <translation>%1, Zeile %2, ist keine von ReleaseDesk geschriebene Unterschrift.</translation>
    </message>
</context>
<context>
    <name>rd::DemoStore</name>
    <message>
        <source>The number of batches must be from 0 to %1.</source>
        <translation>Die Anzahl der Chargen muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <source>batch records: %1 of %2</source>
        <translation>Chargendokumentationen: %1 von %2</translation>
    </message>
    <message>
        <source>results of %1 of %2 batches</source>
        <translation>Ergebnisse von %1 von %2 Chargen</translation>
    </message>
</context>
<context>
    <name>rd::DocumentDate</name>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>printed date: %1 day, %2 abbreviated month, %3 year</comment>
        <translation>%1. %2 %3</translation>
    </message>
</context>
<context>
    <name>rd::ESignatures</name>
    <message>
        <source>Cannot read the signatures</source>
        <translation>Die Unterschriften können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 UTC (%2 %3, %4)</source>
        <translation>%1 UTC (%2 %3, %4)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Cannot record the signature</source>
        <translation>Die Unterschrift kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Der Audit-Trail kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>signature %1 (batch %2, &quot;%3&quot; by %4)</source>
        <translation>Unterschrift %1 (Charge %2, „%3“ von %4)</translation>
    </message>
    <message>
        <source>%1 does not verify: the signature or what it covers was altered.</source>
        <translation>%1 lässt sich nicht verifizieren: Die Unterschrift oder die von ihr abgedeckten Daten wurden verändert.</translation>
    </message>
    <message>
        <source>%1 names audit event %2 as the chain head, but that event does not match.</source>
        <translation>%1 nennt das Audit-Ereignis %2 als Kettenkopf, aber dieses Ereignis stimmt nicht überein.</translation>
    </message>
    <message>
        <source>%1 is not the one the audit trail recorded.</source>
        <translation>%1 entspricht nicht der im Audit-Trail aufgezeichneten Unterschrift.</translation>
    </message>
    <message>
        <source>Audit event %1 records signature %2 of batch %3, which is missing.</source>
        <translation>Das Audit-Ereignis %1 verzeichnet die Unterschrift %2 der Charge %3, die jedoch fehlt.</translation>
    </message>
    <message>
        <source>Cannot read the batch states</source>
        <translation>Der Status der Chargen kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Batch %1 is recorded as &quot;%2&quot;, which its signatures do not bear out.</source>
        <translation>Charge %1 ist mit dem Status „%2“ erfasst, der durch ihre Unterschriften nicht belegt ist.</translation>
    </message>
    <message>
        <source>Batch %1 has signatures but no recorded state.</source>
        <translation>Charge %1 hat Unterschriften, aber keinen erfassten Status.</translation>
    </message>
    <message>
        <source>A signature lacks its field %1.</source>
        <translation>Einer Unterschrift fehlt das Feld %1.</translation>
    </message>
    <message>
        <source>A signature&apos;s id or time is not valid.</source>
        <translation>ID oder Zeitpunkt einer Unterschrift ist ungültig.</translation>
    </message>
    <message>
        <source>%1 cannot be trusted: %2</source>
        <translation>%1 ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>%1 names %2 as %3, but its key is certified for %4 as %5.</source>
        <translation>%1 nennt %2 als %3, ihr Schlüssel ist jedoch für %4 als %5 zertifiziert.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verifizierung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rd::ExceptionEngine</name>
    <message>
        <source>(no time)</source>
        <translation>(keine Zeitangabe)</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Geringfügig</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Out of specification</source>
        <translation>Außerhalb der Spezifikation</translation>
    </message>
    <message>
        <source>Out of trend</source>
        <translation>Außerhalb des Trends</translation>
    </message>
    <message>
        <source>Missing test</source>
        <translation>Fehlender Test</translation>
    </message>
    <message>
        <source>Pending test</source>
        <translation>Ausstehender Test</translation>
    </message>
    <message>
        <source>Open deviation</source>
        <translation>Offene Abweichung</translation>
    </message>
    <message>
        <source>Closed deviation</source>
        <translation>Geschlossene Abweichung</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Chain of Identity</translation>
    </message>
    <message>
        <source>Custody timing</source>
        <translation>Zeitablauf (Chain of Custody)</translation>
    </message>
    <message>
        <source>Custody temperature</source>
        <translation>Temperatur (Chain of Custody)</translation>
    </message>
    <message>
        <source>Process parameter</source>
        <translation>Prozessparameter</translation>
    </message>
    <message>
        <source>Step verification</source>
        <translation>Schrittverifizierung</translation>
    </message>
    <message>
        <source>Expired material</source>
        <translation>Abgelaufenes Material</translation>
    </message>
    <message>
        <source>Equipment calibration</source>
        <translation>Kalibrierung der Ausrüstung</translation>
    </message>
    <message>
        <source>Environmental monitoring</source>
        <translation>Umgebungsmonitoring</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Manuelle Eingabe</translation>
    </message>
    <message>
        <source>Superseded data</source>
        <translation>Ersetzte Daten</translation>
    </message>
    <message>
        <source>Invalidated result</source>
        <translation>Ungültig erklärtes Ergebnis</translation>
    </message>
    <message>
        <source>Failed after conditional release</source>
        <translation>Nach bedingter Freigabe nicht konform</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Nach Unterschrift geändert</translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation>%1 bis %2%3</translation>
    </message>
    <message>
        <source>≥ %1%2</source>
        <translation>≥ %1%2</translation>
    </message>
    <message>
        <source>≤ %1%2</source>
        <translation>≤ %1%2</translation>
    </message>
    <message>
        <source>(reported)</source>
        <translation>(wird angegeben)</translation>
    </message>
    <message>
        <source>No specification of %1 was in force on %2: no result can be judged.</source>
        <translation>Am %2 war keine Spezifikation von %1 gültig: Es kann kein Ergebnis beurteilt werden.</translation>
    </message>
    <message>
        <source>%1 failed after the batch was conditionally released: %2 (specification %3). Inform the treating physician and decide on the batch.</source>
        <translation>%1 hat nach der bedingten Freigabe der Charge die Spezifikation nicht erfüllt: %2 (Spezifikation %3). Informieren Sie den behandelnden Arzt und entscheiden Sie über die Charge.</translation>
    </message>
    <message>
        <source>%1 is out of specification: %2 on sample %3 (specification %4, version %5).</source>
        <translation>%1 liegt außerhalb der Spezifikation: %2 bei Probe %3 (Spezifikation %4, Version %5).</translation>
    </message>
    <message>
        <source>%1 is still pending; the specification allows release before it is complete (conditional release).</source>
        <translation>%1 steht noch aus; die Spezifikation erlaubt die Freigabe vor Abschluss (bedingte Freigabe).</translation>
    </message>
    <message>
        <source>%1 has no result yet; the specification allows release before it is complete (conditional release).</source>
        <translation>%1 hat noch kein Ergebnis; die Spezifikation erlaubt die Freigabe vor Abschluss (bedingte Freigabe).</translation>
    </message>
    <message>
        <source>%1 is still pending, and the specification requires its result before release.</source>
        <translation>%1 steht noch aus, und die Spezifikation verlangt das Ergebnis vor der Freigabe.</translation>
    </message>
    <message>
        <source>%1 has no result, and the specification requires one before release.</source>
        <translation>%1 hat kein Ergebnis, und die Spezifikation verlangt eines vor der Freigabe.</translation>
    </message>
    <message>
        <source>%1 on sample %2 (%3) is out of trend: %4.</source>
        <translation>%1 bei Probe %2 (%3) liegt außerhalb des Trends: %4.</translation>
    </message>
    <message>
        <source>%1 on sample %2 was invalidated: %3</source>
        <translation>%1 bei Probe %2 wurde für ungültig erklärt: %3</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(keine Begründung angegeben)</translation>
    </message>
    <message>
        <source>%1 on sample %2 is version %3: an earlier value was superseded.</source>
        <translation>%1 bei Probe %2 liegt in Version %3 vor: Ein früherer Wert wurde ersetzt.</translation>
    </message>
    <message>
        <source>The batch record is version %1: earlier versions were superseded.</source>
        <translation>Die Chargendokumentation liegt in Version %1 vor: Frühere Versionen wurden ersetzt.</translation>
    </message>
    <message>
        <source>Critical deviation %1 is still open: %2. No release is possible until it is closed.</source>
        <translation>Die kritische Abweichung %1 ist noch offen: %2. Eine Freigabe ist erst nach ihrem Abschluss möglich.</translation>
    </message>
    <message>
        <source>Deviation %1 (%2) is still open: %3.</source>
        <translation>Die Abweichung %1 (%2) ist noch offen: %3.</translation>
    </message>
    <message>
        <source>Deviation %1 (%2) was closed: %3. Impact: %4</source>
        <translation>Die Abweichung %1 (%2) wurde geschlossen: %3. Auswirkung: %4</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>The chain-of-identity number &quot;%1&quot; is not a valid ISBT 128 donation identification number with its check character.</source>
        <translation>Die Chain-of-Identity-Nummer „%1“ ist keine gültige ISBT-128-Spendenidentifikationsnummer mit Prüfzeichen.</translation>
    </message>
    <message>
        <source>The chain-of-identity number %1 does not match its check character (%2 expected): the identity of the starting material is in doubt.</source>
        <translation>Die Chain-of-Identity-Nummer %1 stimmt nicht mit ihrem Prüfzeichen überein (erwartet: %2): Die Identität des Ausgangsmaterials ist zweifelhaft.</translation>
    </message>
    <message>
        <source>The custody record says the material was collected at %1, the chain of identity says %2.</source>
        <translation>Laut Übergabeprotokoll wurde das Material bei %1 entnommen, laut Chain of Identity bei %2.</translation>
    </message>
    <message>
        <source>Custody event &quot;%1&quot; (%2) is recorded before the event before it (&quot;%3&quot;, %4).</source>
        <translation>Das Übergabeereignis „%1“ (%2) ist vor dem vorhergehenden Ereignis („%3“, %4) erfasst.</translation>
    </message>
    <message>
        <source>Temperature excursion at &quot;%1&quot; (%2, %3): %4 °C, outside %5 to %6 °C.</source>
        <translation>Temperaturabweichung bei „%1“ (%2, %3): %4 °C, außerhalb von %5 bis %6 °C.</translation>
    </message>
    <message>
        <source>Processing started %1 hours after collection; the limit is %2 hours.</source>
        <translation>Die Verarbeitung begann %1 Stunden nach der Entnahme; die Grenze liegt bei %2 Stunden.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3 was %4 %5, outside its range %6 %5.</source>
        <translation>Schritt %1 (%2): %3 betrug %4 %5, außerhalb des Bereichs %6 %5.</translation>
    </message>
    <message>
        <source>Step %1 (%2) was not verified by a second person.</source>
        <translation>Schritt %1 (%2) wurde nicht von einer zweiten Person verifiziert.</translation>
    </message>
    <message>
        <source>Step %1 (%2) was performed and verified by the same person (%3).</source>
        <translation>Schritt %1 (%2) wurde von derselben Person durchgeführt und verifiziert (%3).</translation>
    </message>
    <message>
        <source>Step %1 (%2) has manually entered data.</source>
        <translation>Schritt %1 (%2) enthält manuell eingegebene Daten.</translation>
    </message>
    <message>
        <source>Step %1 (%2) has manually entered data: %3</source>
        <translation>Schritt %1 (%2) enthält manuell eingegebene Daten: %3</translation>
    </message>
    <message>
        <source>Material %1 (%2), lot %3, expired on %4 and was used on %5.</source>
        <translation>Material %1 (%2), Charge %3, ist am %4 abgelaufen und wurde am %5 verwendet.</translation>
    </message>
    <message>
        <source>Equipment %1 (%2) was past its calibration date (%3) when used on %4.</source>
        <translation>Die Ausrüstung %1 (%2) hatte bei der Verwendung am %4 ihr Kalibrierdatum (%3) überschritten.</translation>
    </message>
    <message>
        <source>particles ≥0.5 µm/m³</source>
        <translation>Partikel ≥0.5 µm/m³</translation>
    </message>
    <message>
        <source>particles ≥5 µm/m³</source>
        <translation>Partikel ≥5 µm/m³</translation>
    </message>
    <message>
        <source>CFU</source>
        <translation>KBE</translation>
    </message>
    <message>
        <source>EM action limit reached in %1 (grade %2, %3) at %4: %5 %6, action limit %7.</source>
        <translation>EM-Aktionsgrenze erreicht in %1 (Klasse %2, %3) am %4: %5 %6, Aktionsgrenze %7.</translation>
    </message>
    <message>
        <source>EM alert limit reached in %1 (grade %2, %3) at %4: %5 %6, alert limit %7.</source>
        <translation>EM-Warngrenze erreicht in %1 (Klasse %2, %3) am %4: %5 %6, Warngrenze %7.</translation>
    </message>
    <message>
        <source>The record changed after &quot;%1&quot; was signed by %2 on %3; that signature no longer covers the current content.</source>
        <translation>Der Datensatz wurde geändert, nachdem %2 am %3 „%1“ unterschrieben hat; diese Unterschrift deckt den aktuellen Inhalt nicht mehr ab.</translation>
    </message>
    <message>
        <source>The out-of-trend check could not run for %1</source>
        <translation>Keine OOT-Auswertung möglich für %1</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verfalldatum</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, noch %2</translation>
    </message>
    <message>
        <source>%1, EXPIRED %2 ago</source>
        <translation>%1, seit %2 ABGELAUFEN</translation>
    </message>
    <message>
        <source>The batch expired on %1: an expired product is not released.</source>
        <translation>Die Charge ist am %1 abgelaufen: Ein abgelaufenes Produkt wird nicht freigegeben.</translation>
    </message>
    <message>
        <source>The batch expires on %1, before its planned shipment on %2: it would reach the patient expired.</source>
        <translation>Die Charge läuft am %1 ab, vor ihrem geplanten Versand am %2: Sie würde den Patienten abgelaufen erreichen.</translation>
    </message>
    <message>
        <source>The product was shipped to the treatment centre on %1, before it was released.</source>
        <translation>Das Produkt wurde am %1 an das Behandlungszentrum versandt, bevor es freigegeben war.</translation>
    </message>
    <message>
        <source>Step %1 (%2) ran from %3 to %4, outside the batch&apos;s manufacture (%5 to %6).</source>
        <translation>Schritt %1 (%2) lief von %3 bis %4, außerhalb der Herstellung der Charge (%5 bis %6).</translation>
    </message>
    <message>
        <source>QC sample %1 was drawn on %2, outside the batch&apos;s manufacture (%3 to %4).</source>
        <translation>QC-Probe %1 wurde am %2 gezogen, außerhalb der Herstellung der Charge (%3 bis %4).</translation>
    </message>
    <message>
        <source>The record changed after &quot;%1&quot; was signed by %2 on %3, and the decision rests on it: its documents print as drafts until the batch is reviewed and decided again.</source>
        <translation>Der Datensatz wurde geändert, nachdem %2 am %3 „%1“ unterschrieben hat, und die Entscheidung beruht darauf: Die Dokumente der Charge werden als Entwurf gedruckt, bis sie erneut geprüft und über sie erneut entschieden wurde.</translation>
    </message>
    <message>
        <source>Step %1 (%2) was performed by %3 and verified by &quot;%4&quot;, a look-alike of the same name (it holds %5): one person.</source>
        <translation>Schritt %1 (%2) wurde von %3 durchgeführt und von „%4“ verifiziert, einer zum Verwechseln ähnlichen Schreibweise desselben Namens (sie enthält %5): Es handelt sich um ein und dieselbe Person.</translation>
    </message>
    <message>
        <source>The identifier read at &quot;%1&quot; (%2) is %3, not the chain of identity %4: the material may be another patient&apos;s.</source>
        <translation>Die bei „%1“ (%2) gelesene Kennung ist %3, nicht die Chain of Identity %4: Das Material kann von einem anderen Patienten stammen.</translation>
    </message>
    <message>
        <source>The label of QC sample %1 reads %2, not the chain of identity %3: its results may be another patient&apos;s.</source>
        <translation>Auf dem Etikett der QC-Probe %1 steht %2, nicht die Chain of Identity %3: Die Ergebnisse können von einem anderen Patienten stammen.</translation>
    </message>
    <message>
        <source>Unknown analyst</source>
        <translation>Unbekannter Analytiker</translation>
    </message>
    <message>
        <source>The analyst of %1 is given as &quot;%2&quot;, who is no person with an account in this store: who performed the test is not established.</source>
        <translation>Als Analytiker von %1 ist „%2“ angegeben, aber das ist keine Person mit einem Konto in diesem Datenspeicher: Wer den Test durchgeführt hat, ist nicht belegt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>the label of QC sample %1</source>
        <translation>das Etikett der QC-Probe %1</translation>
    </message>
    <message numerus="yes">
        <source>No identifier was read at %n point(s) of the chain: %1. Nothing shows that the material there was the patient&apos;s (%2).</source>
        <translation>
            <numerusform>An %n Stelle der Kette wurde keine Kennung gelesen: %1. Nichts belegt, dass das Material dort vom Patienten stammte (%2).</numerusform>
            <numerusform>An %n Stellen der Kette wurde keine Kennung gelesen: %1. Nichts belegt, dass das Material dort vom Patienten stammte (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The analyst of %1 is not given: who performed the test is not established.</source>
        <translation>Der Analytiker von %1 ist nicht angegeben: Wer den Test durchgeführt hat, ist nicht belegt.</translation>
    </message>
    <message>
        <source>It may stand for %1, who then cannot approve these results.</source>
        <translation>Möglicherweise ist %1 gemeint; diese Person kann die Ergebnisse dann nicht genehmigen.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>rd::Exporter</name>
    <message>
        <source>%1 are exported as JSON only: their nested parts do not fit CSV rows.</source>
        <translation>%1 werden nur als JSON exportiert: Ihre verschachtelten Teile passen nicht in CSV-Zeilen.</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>Es gibt keine Charge %1.</translation>
    </message>
    <message>
        <source>%1 items, SHA-256 %2</source>
        <translation>%1 Einträge, SHA-256 %2</translation>
    </message>
    <message>
        <source>Cannot record the export</source>
        <translation>Der Export kann nicht erfasst werden</translation>
    </message>
</context>
<context>
    <name>rd::Fields</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind zulässig</translation>
    </message>
    <message>
        <source>is not a number (&quot;%1&quot;)</source>
        <translation>ist keine Zahl („%1“)</translation>
    </message>
    <message>
        <source>is out of range (&quot;%1&quot;)</source>
        <translation>liegt außerhalb des zulässigen Bereichs („%1“)</translation>
    </message>
    <message>
        <source>is not a date and time with its zone, like 2026-03-14T09:30:00Z or 2026-03-14T10:30:00+01:00 (&quot;%1&quot;)</source>
        <translation>ist kein Datum mit Uhrzeit und Zeitzone wie 2026-03-14T09:30:00Z oder 2026-03-14T10:30:00+01:00 („%1“)</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-14 (&quot;%1&quot;)</source>
        <translation>ist kein Datum wie 2026-03-14 („%1“)</translation>
    </message>
    <message>
        <source>is not text (%1)</source>
        <translation>ist kein Text (%1)</translation>
    </message>
    <message>
        <source>is not a number (%1)</source>
        <translation>ist keine Zahl (%1)</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>is not true or false (%1)</source>
        <translation>ist nicht true oder false (%1)</translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2 (%3)</source>
        <translation>ist keine ganze Zahl von %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>is not a list (%1)</source>
        <translation>ist keine Liste (%1)</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>hat %1 Einträge; höchstens %2 sind zulässig</translation>
    </message>
    <message>
        <source>is not an object (%1)</source>
        <translation>ist kein Objekt (%1)</translation>
    </message>
    <message>
        <source>is not a field of this format (misspelt?)</source>
        <translation>ist kein Feld dieses Formats (Tippfehler?)</translation>
    </message>
    <message>
        <source>is in the year %1; a time between %2 and %3 is expected (&quot;%4&quot;)</source>
        <translation>liegt im Jahr %1; erwartet wird ein Zeitpunkt zwischen %2 und %3 („%4“)</translation>
    </message>
    <message>
        <source>names a day no calendar has (&quot;%1&quot;)</source>
        <translation>nennt einen Tag, den es in keinem Kalender gibt („%1“)</translation>
    </message>
    <message>
        <source>gives the hour %1; hours run from 00 to 23 (the end of a day is 00:00 of the next) (&quot;%2&quot;)</source>
        <translation>gibt die Stunde %1 an; Stunden reichen von 00 bis 23 (das Ende eines Tages ist 00:00 des folgenden Tages) („%2“)</translation>
    </message>
    <message>
        <source>gives the time to %1 decimals of a second; it is kept to the millisecond, and a finer time would be cut (&quot;%2&quot;)</source>
        <translation>gibt die Zeit mit %1 Nachkommastellen der Sekunde an; gespeichert wird auf die Millisekunde genau, eine feinere Zeitangabe würde abgeschnitten („%2“)</translation>
    </message>
    <message>
        <source>names a time no clock shows (&quot;%1&quot;)</source>
        <translation>nennt eine Uhrzeit, die es nicht gibt („%1“)</translation>
    </message>
    <message>
        <source>has the offset %1%2:%3, which no time zone has (they run from -12:00 to +14:00) (&quot;%4&quot;)</source>
        <translation>hat den Zeitzonenversatz %1%2:%3, den keine Zeitzone hat (Zeitzonen reichen von -12:00 bis +14:00) („%4“)</translation>
    </message>
    <message>
        <source>is in the year %1; a date between %2 and %3 is expected (&quot;%4&quot;)</source>
        <translation>liegt im Jahr %1; erwartet wird ein Datum zwischen %2 und %3 („%4“)</translation>
    </message>
    <message>
        <source>gives the time to %1 decimals of a second; it is kept to the nanosecond (nine decimals), and a finer time would be cut (&quot;%2&quot;)</source>
        <translation>gibt die Zeit mit %1 Nachkommastellen der Sekunde an; gespeichert wird auf die Nanosekunde (neun Nachkommastellen) genau, eine feinere Zeitangabe würde abgeschnitten („%2“)</translation>
    </message>
</context>
<context>
    <name>rd::Formats</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2</source>
        <translation>„%1“ ist als %2 ungültig</translation>
    </message>
    <message>
        <source>product code</source>
        <translation>Produktcode</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>test code</source>
        <translation>Testcode</translation>
    </message>
    <message>
        <source>a test has either limits or an expected result, not both</source>
        <translation>ein Test hat entweder Grenzen oder ein erwartetes Ergebnis, nicht beides</translation>
    </message>
    <message>
        <source>a test needs limits (lower, upper) or an expected result</source>
        <translation>ein Test benötigt Grenzen (lower, upper) oder ein erwartetes Ergebnis</translation>
    </message>
    <message>
        <source>is above the upper limit (%1 &gt; %2)</source>
        <translation>liegt über der oberen Grenze (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>„%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>is above high (%1 &gt; %2)</source>
        <translation>liegt über high (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>batch number</source>
        <translation>Chargennummer</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be fresh or cryopreserved</source>
        <translation>ist „%1“; zulässig sind fresh oder cryopreserved</translation>
    </message>
    <message>
        <source>is before startedAt</source>
        <translation>liegt vor startedAt</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be minor, major or critical</source>
        <translation>ist „%1“; zulässig sind minor, major oder critical</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be open or closed</source>
        <translation>ist „%1“; zulässig sind open oder closed</translation>
    </message>
    <message>
        <source>is missing for a closed deviation</source>
        <translation>fehlt bei einer geschlossenen Abweichung</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be A, B, C or D</source>
        <translation>ist „%1“; zulässig sind A, B, C oder D</translation>
    </message>
    <message>
        <source>sample identifier</source>
        <translation>Probenkennung</translation>
    </message>
    <message>
        <source>a pending result has no value yet</source>
        <translation>ein ausstehendes Ergebnis hat noch keinen Wert</translation>
    </message>
    <message>
        <source>a result has a number or a text, not both</source>
        <translation>ein Ergebnis hat eine Zahl oder einen Text, nicht beides</translation>
    </message>
    <message>
        <source>is missing (a %1 result needs a number or a text)</source>
        <translation>fehlt (ein Ergebnis mit Status %1 benötigt eine Zahl oder einen Text)</translation>
    </message>
    <message>
        <source>is missing: an invalidated result needs one</source>
        <translation>fehlt: ein ungültig erklärtes Ergebnis benötigt diese Angabe</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be final, pending or invalidated</source>
        <translation>ist „%1“; zulässig sind final, pending oder invalidated</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>has %1 rows; at most %2 are allowed</source>
        <translation>hat %1 Zeilen; zulässig sind höchstens %2</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>Zeile 1</translation>
    </message>
    <message>
        <source>is not a column of QC results (they are: %1)</source>
        <translation>ist keine Spalte der QC-Ergebnisse (zulässig sind: %1)</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>kommt doppelt vor</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>die Spalte fehlt</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2</source>
        <translation>hat %1 Felder; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>automated cell count</source>
        <translation>automatisierte Zellzählung</translation>
    </message>
    <message>
        <source>the file holds no cell-counting results this version of ReleaseDesk reads</source>
        <translation>die Datei enthält keine Zellzählungsergebnisse, die diese Version von ReleaseDesk lesen kann</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Viabilität</translation>
    </message>
    <message>
        <source>Viable cell density</source>
        <translation>Lebendzelldichte</translation>
    </message>
    <message>
        <source>Total cell density</source>
        <translation>Gesamtzelldichte</translation>
    </message>
    <message>
        <source>Dead cell density</source>
        <translation>Totzelldichte</translation>
    </message>
    <message>
        <source>Viable cell count</source>
        <translation>Lebendzellzahl</translation>
    </message>
    <message>
        <source>Total cell count</source>
        <translation>Gesamtzellzahl</translation>
    </message>
    <message>
        <source>Dead cell count</source>
        <translation>Totzellzahl</translation>
    </message>
    <message>
        <source>Average total cell diameter</source>
        <translation>Mittlerer Zelldurchmesser (alle Zellen)</translation>
    </message>
    <message>
        <source>Average live cell diameter</source>
        <translation>Mittlerer Durchmesser lebender Zellen</translation>
    </message>
    <message>
        <source>Average total cell circularity</source>
        <translation>Mittlere Zirkularität (alle Zellen)</translation>
    </message>
    <message>
        <source>Average viable cell circularity</source>
        <translation>Mittlere Zirkularität lebender Zellen</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>die Datei ist leer (0 Byte)</translation>
    </message>
    <message>
        <source>the file is %1 MiB; at most %2 MiB are read</source>
        <translation>die Datei ist %1 MiB groß; es werden höchstens %2 MiB gelesen</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x%1 at offset %2)</source>
        <translation>ist kein UTF-8-Text (Byte 0x%1 an Position %2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>is not valid JSON (%1)</source>
        <translation>ist kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>version %1 of %2 appears twice</source>
        <translation>Version %1 von %2 kommt doppelt vor</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which this version of ReleaseDesk does not read (it reads &quot;%2&quot;, &quot;%3&quot; and &quot;%4&quot;)</source>
        <translation>ist „%1“, das diese Version von ReleaseDesk nicht lesen kann (sie liest „%2“, „%3“ und „%4“)</translation>
    </message>
    <message>
        <source>the format is not recognised: a JSON file needs &quot;format&quot;: &quot;%1&quot;, &quot;%2&quot; or &quot;%3&quot; (or an Allotrope cell-counting manifest); a CSV file needs a header row naming its columns</source>
        <translation>das Format wird nicht erkannt: Eine JSON-Datei benötigt &quot;format&quot;: &quot;%1&quot;, &quot;%2&quot; oder &quot;%3&quot; (oder ein Allotrope-Manifest zur Zellzählung); eine CSV-Datei benötigt eine Kopfzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a custody event; use one of: %2</source>
        <translation>ist „%1“, das kein Übergabeereignis ist; verwenden Sie eines der folgenden: %2</translation>
    </message>
    <message>
        <source>is given more than once in the same object; a file gives each field once</source>
        <translation>kommt im selben Objekt mehr als einmal vor; eine Datei gibt jedes Feld nur einmal an</translation>
    </message>
    <message>
        <source>could not be checked for fields given twice (%1)</source>
        <translation>konnte nicht auf doppelt angegebene Felder geprüft werden (%1)</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>Geräte-ID %1</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>Inventarnummer %1</translation>
    </message>
    <message>
        <source>an instrument setting, not a result</source>
        <translation>eine Geräteeinstellung, kein Ergebnis</translation>
    </message>
    <message>
        <source>a setting of the analysis, not a result</source>
        <translation>eine Einstellung der Auswertung, kein Ergebnis</translation>
    </message>
    <message>
        <source>calculated by the instrument&apos;s software from other values; this version reads only measured cell-counting results</source>
        <translation>von der Gerätesoftware aus anderen Werten berechnet; diese Version liest nur gemessene Zellzählungsergebnisse</translation>
    </message>
    <message>
        <source>information of this instrument&apos;s own, outside the cell-counting model</source>
        <translation>gerätespezifische Angabe außerhalb des Datenmodells für die Zellzählung</translation>
    </message>
    <message>
        <source>a property of the sample, not a result</source>
        <translation>eine Eigenschaft der Probe, kein Ergebnis</translation>
    </message>
    <message>
        <source>not a cell-counting result this version reads</source>
        <translation>kein Zellzählungsergebnis, das diese Version lesen kann</translation>
    </message>
    <message>
        <source>is not text (%1)</source>
        <translation>ist kein Text (%1)</translation>
    </message>
    <message>
        <source>the measurement names no sample</source>
        <translation>die Messung nennt keine Probe</translation>
    </message>
    <message>
        <source>the measurement has no time</source>
        <translation>die Messung hat keinen Zeitpunkt</translation>
    </message>
    <message>
        <source>not reported by the instrument</source>
        <translation>vom Gerät nicht gemeldet</translation>
    </message>
    <message>
        <source>not reported by the instrument (&quot;%1&quot;)</source>
        <translation>vom Gerät nicht gemeldet („%1“)</translation>
    </message>
    <message>
        <source>is not a number (%1)</source>
        <translation>ist keine Zahl (%1)</translation>
    </message>
    <message>
        <source>repeats the result of %1 (same sample, test and time): %2 and %3</source>
        <translation>wiederholt das Ergebnis von %1 (gleiche Probe, gleicher Test, gleicher Zeitpunkt): %2 und %3</translation>
    </message>
    <message>
        <source>is not a list (%1)</source>
        <translation>ist keine Liste (%1)</translation>
    </message>
    <message>
        <source>is not a quantity ({&quot;value&quot;: …, &quot;unit&quot;: …}) but %1</source>
        <translation>ist keine Größe ({&quot;value&quot;: …, &quot;unit&quot;: …}), sondern %1</translation>
    </message>
</context>
<context>
    <name>rd::Identity</name>
    <message>
        <source>The person identifier is empty; give the person&apos;s employee number or another identifier unique to them.</source>
        <translation>Die Personenkennung ist leer; geben Sie die Personalnummer der Person oder eine andere Kennung an, die nur ihr zugeordnet ist.</translation>
    </message>
    <message>
        <source>The person identifier is longer than 40 characters.</source>
        <translation>Die Personenkennung ist länger als 40 Zeichen.</translation>
    </message>
    <message>
        <source>The person identifier &quot;%1&quot; holds U+%2; only letters, digits and . - _ / are allowed.</source>
        <translation>Die Personenkennung „%1“ enthält U+%2; nur Buchstaben, Ziffern und . - _ / sind zulässig.</translation>
    </message>
</context>
<context>
    <name>rd::Importer</name>
    <message>
        <source>no unit</source>
        <translation>keine Einheit</translation>
    </message>
    <message>
        <source>%1 of sample %2 at %3</source>
        <translation>%1 der Probe %2 am %3</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 superseded by new versions</source>
        <translation>%1 durch neue Versionen ersetzt</translation>
    </message>
    <message>
        <source>%1 to the unassigned inbox</source>
        <translation>%1 in den Eingang für nicht zugeordnete Ergebnisse</translation>
    </message>
    <message>
        <source>%1 already stored</source>
        <translation>%1 bereits gespeichert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing in it</source>
        <translation>keine Inhalte</translation>
    </message>
    <message>
        <source>Nothing changed: the store already holds all of this.</source>
        <translation>Nichts geändert: Der Datenspeicher enthält all dies bereits.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Only a QC analyst (results) or an administrator (specifications and batch records) can import; %1 is %2.</source>
        <translation>Nur ein QC-Analytiker (Ergebnisse) oder ein Administrator (Spezifikationen und Chargendokumentationen) darf importieren; %1 hat die Rolle %2.</translation>
    </message>
    <message>
        <source>Superseding needs a reason (--reason).</source>
        <translation>Das Ersetzen erfordert eine Begründung (--reason).</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>import QC results (%1)</source>
        <translation>QC-Ergebnisse importieren (%1)</translation>
    </message>
    <message>
        <source>import specifications and batch records (%1)</source>
        <translation>Spezifikationen und Chargendokumentationen importieren (%1)</translation>
    </message>
    <message>
        <source>version %1 of the specification of %2 is already stored with other content; a changed specification needs a new version</source>
        <translation>Version %1 der Spezifikation von %2 ist bereits mit anderem Inhalt gespeichert; eine geänderte Spezifikation erfordert eine neue Version</translation>
    </message>
    <message>
        <source>there is no specification of product %1; import one first</source>
        <translation>es gibt keine Spezifikation für Produkt %1; importieren Sie zuerst eine</translation>
    </message>
    <message>
        <source>no specification of %1 was in force on %2</source>
        <translation>am %2 war keine Spezifikation von %1 gültig</translation>
    </message>
    <message>
        <source>%1, %2: batch %3 differs from the stored record (version %4)</source>
        <translation>%1, %2: Charge %3 weicht von der gespeicherten Chargendokumentation ab (Version %4)</translation>
    </message>
    <message>
        <source>sample %1 already belongs to batch %2</source>
        <translation>Probe %1 gehört bereits zu Charge %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test of any specification</source>
        <translation>„%1“ ist in keiner Spezifikation als Test enthalten</translation>
    </message>
    <message>
        <source>is %1, but %2 is measured in %3</source>
        <translation>ist %1, aber %2 wird in %3 gemessen</translation>
    </message>
    <message>
        <source>is %1, but sample %2 belongs to batch %3</source>
        <translation>ist %1, aber Probe %2 gehört zu Charge %3</translation>
    </message>
    <message>
        <source>%1: the result %2 is %3; the stored one (version %4) is %5</source>
        <translation>%1: Das Ergebnis %2 ist %3; das gespeicherte (Version %4) ist %5</translation>
    </message>
    <message>
        <source>Import: %1 records differ from the stored ones; nothing was written. To store the new content as new versions (the old ones stay readable), import again superseding them, with a reason (on the command line: --supersede --reason).</source>
        <translation>Import: %1 Datensätze weichen von den gespeicherten ab; es wurde nichts geschrieben. Um die neuen Inhalte als neue Versionen zu speichern (die alten bleiben lesbar), importieren Sie erneut mit Ersetzen und einer Begründung (in der Befehlszeile: --supersede --reason).</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... und %1 weitere.</translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation>Der Import kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>version %1 from %2 (SHA-256 %3)</source>
        <translation>Version %1 aus %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>Version %1: %2</translation>
    </message>
    <message>
        <source>version %1: %2, from %3 (SHA-256 %4)</source>
        <translation>Version %1: %2, aus %3 (SHA-256 %4)</translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation>Der Import kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>%1, %2: batch record %3, version %4</source>
        <translation>%1, %2: Chargendokumentation %3, Version %4</translation>
    </message>
    <message>
        <source>%1: the result %2 (%3)</source>
        <translation>%1: das Ergebnis %2 (%3)</translation>
    </message>
    <message>
        <source>Import: nothing was written. A decided batch changes only under change control, which puts it on hold for a new review and decision (on the command line: --change-control &quot;REFERENCE: reason&quot;).</source>
        <translation>Import: Es wurde nichts geschrieben. Eine entschiedene Charge wird nur im Rahmen einer Änderungskontrolle geändert, die sie für eine erneute Prüfung und Entscheidung zurückstellt (in der Befehlszeile: --change-control &quot;REFERENZ: Begründung&quot;).</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>Die Begründung %1.</translation>
    </message>
    <message>
        <source>rejected in the inbox</source>
        <translation>im Eingang zurückgewiesen</translation>
    </message>
    <message>
        <source>open in the inbox</source>
        <translation>offen im Eingang</translation>
    </message>
    <message numerus="yes">
        <source>not imported: %1 (%n value(s), the first at %2): %3</source>
        <translation>
            <numerusform>nicht importiert: %1 (%n Wert, bei %2): %3</numerusform>
            <numerusform>nicht importiert: %1 (%n Werte, der erste bei %2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) name no analyst: %1, who imported them, is recorded as responsible.</source>
        <translation>
            <numerusform>%n Ergebnis nennt keinen Analytiker: %1 hat es importiert und wird als verantwortliche Person erfasst.</numerusform>
            <numerusform>%n Ergebnisse nennen keinen Analytiker: %1 hat sie importiert und wird als verantwortliche Person erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) give &quot;%2&quot; as analyst, which is the instrument or no person: %1, who imported them, is recorded as responsible.</source>
        <translation>
            <numerusform>%n Ergebnis gibt „%2“ als Analytiker an; das ist das Gerät oder keine Person: %1 hat es importiert und wird als verantwortliche Person erfasst.</numerusform>
            <numerusform>%n Ergebnisse geben „%2“ als Analytiker an; das ist das Gerät oder keine Person: %1 hat sie importiert und wird als verantwortliche Person erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats the result of %1 (same sample, test and time): %2 and %3</source>
        <translation>wiederholt das Ergebnis von %1 (gleiche Probe, gleicher Test, gleicher Zeitpunkt): %2 und %3</translation>
    </message>
    <message>
        <source>%1: the result %2 is %3; the unassigned one stored (%4) is %5</source>
        <translation>%1: Das Ergebnis %2 ist %3; das gespeicherte nicht zugeordnete (%4) ist %5</translation>
    </message>
    <message>
        <source>superseded on import: %1</source>
        <translation>beim Import ersetzt: %1</translation>
    </message>
    <message>
        <source>%1, from %2 (SHA-256 %3)</source>
        <translation>%1, aus %2 (SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the file not imported, each with its reason (details).</source>
        <translation>
            <numerusform>%n Wert der Datei nicht importiert, jeweils mit Begründung (Details).</numerusform>
            <numerusform>%n Werte der Datei nicht importiert, jeweils mit Begründung (Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>the method</source>
        <translation>die Methode</translation>
    </message>
    <message>
        <source>the instrument</source>
        <translation>das Gerät</translation>
    </message>
    <message>
        <source>the analyst</source>
        <translation>der Analytiker</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>die Begründung</translation>
    </message>
    <message>
        <source> (%1 differs: &quot;%2&quot;, stored &quot;%3&quot;)</source>
        <translation> (%1 weicht ab: „%2“, gespeichert „%3“)</translation>
    </message>
    <message>
        <source>the unassigned result %1 (%2) has been assigned to a sample since; import the new reading under that sample, superseding its result there</source>
        <translation>das nicht zugeordnete Ergebnis %1 (%2) wurde inzwischen einer Probe zugeordnet; importieren Sie den neuen Messwert unter dieser Probe und ersetzen Sie dort ihr Ergebnis</translation>
    </message>
</context>
<context>
    <name>rd::Inbox</name>
    <message>
        <source>unassigned result %1 (%2 of sample %3 at %4, from %5, SHA-256 %6)</source>
        <translation>nicht zugeordnetes Ergebnis %1 (%2 der Probe %3 am %4, aus %5, SHA-256 %6)</translation>
    </message>
    <message>
        <source>resolve unassigned results</source>
        <translation>nicht zugeordnete Ergebnisse bearbeiten</translation>
    </message>
    <message>
        <source>Give a reason; it goes into the audit trail.</source>
        <translation>Geben Sie eine Begründung an; sie wird in den Audit-Trail übernommen.</translation>
    </message>
    <message>
        <source>Choose at least one unassigned result.</source>
        <translation>Wählen Sie mindestens ein nicht zugeordnetes Ergebnis aus.</translation>
    </message>
    <message>
        <source>There is no unassigned result %1.</source>
        <translation>Es gibt kein nicht zugeordnetes Ergebnis %1.</translation>
    </message>
    <message>
        <source>The unassigned result %1 was already %2 by %3.</source>
        <translation>Das nicht zugeordnete Ergebnis %1 wurde bereits von %3 bearbeitet (%2).</translation>
    </message>
    <message>
        <source>No batch has a QC sample &quot;%1&quot;.</source>
        <translation>Keine Charge hat eine QC-Probe „%1“.</translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2: it already has a %3 result measured at that time.</source>
        <translation>Ergebnis %1 kann nicht der Probe %2 zugeordnet werden: Für diese Probe liegt bereits ein %3-Ergebnis mit demselben Messzeitpunkt vor.</translation>
    </message>
    <message>
        <source>Cannot assign the results</source>
        <translation>Die Ergebnisse können nicht zugeordnet werden</translation>
    </message>
    <message>
        <source>%1 of sample %2</source>
        <translation>%1 der Probe %2</translation>
    </message>
    <message>
        <source>sample %1 of batch %2</source>
        <translation>Probe %1 der Charge %2</translation>
    </message>
    <message>
        <source>Cannot reject the results</source>
        <translation>Die Ergebnisse können nicht zurückgewiesen werden</translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2, field &quot;%3&quot;: %4.</source>
        <translation>Ergebnis %1 kann nicht der Probe %2 zugeordnet werden, Feld „%3“: %4.</translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2: %3.</source>
        <translation>Ergebnis %1 kann nicht der Probe %2 zugeordnet werden: %3.</translation>
    </message>
    <message>
        <source>%1 assigned to sample %2</source>
        <translation>%1 der Probe %2 zugeordnet</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>Die Begründung %1.</translation>
    </message>
</context>
<context>
    <name>rd::IndexCheck</name>
    <message>
        <source>Cannot read the schema</source>
        <translation>Das Schema kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the indexes of table %1</source>
        <translation>Die Indizes der Tabelle %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>einem Ausdruck</translation>
    </message>
    <message>
        <source>The index %1 of table %2 is on %3, which the index check cannot compare.</source>
        <translation>Der Index %1 der Tabelle %2 beruht auf %3, was die Indexprüfung nicht vergleichen kann.</translation>
    </message>
    <message>
        <source>Cannot read table %1</source>
        <translation>Die Tabelle %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The index check was cancelled.</source>
        <translation>Die Indexprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot plan the index check of table %1</source>
        <translation>Die Indexprüfung der Tabelle %1 kann nicht geplant werden</translation>
    </message>
    <message>
        <source>The index check of table %1 cannot read %2 as it needs to (SQLite plans: %3).</source>
        <translation>Die Indexprüfung der Tabelle %1 kann %2 nicht wie nötig lesen (SQLite plant: %3).</translation>
    </message>
    <message>
        <source>Cannot read index %1 of table %2</source>
        <translation>Der Index %1 der Tabelle %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The %1 of table %2 holds the same key twice (entries %3 and %4), which it forbids: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>Tabelle %2: %1 enthält denselben Schlüssel zweimal (Einträge %3 und %4), was nicht erlaubt ist: records.db wurde außerhalb von ReleaseDesk geändert oder ist beschädigt.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>der Primärschlüssel</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>der Index %1</translation>
    </message>
    <message>
        <source>The rows of table %1 are out of order after row %2 of its primary key: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>Die Zeilen der Tabelle %1 sind nach Zeile %2 ihres Primärschlüssels nicht in Ordnung: records.db wurde außerhalb von ReleaseDesk geändert oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The index %1 of table %2 is out of order after entry %3, so a search through it misses rows: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>Der Index %1 der Tabelle %2 ist nach Eintrag %3 nicht in Ordnung, sodass eine Suche über ihn Zeilen verfehlt: records.db wurde außerhalb von ReleaseDesk geändert oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The index %1 of table %2 does not hold the rows of its table (%3 entries for %4 rows, or other values), so a search through it finds other rows than the table has: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>Der Index %1 der Tabelle %2 enthält nicht die Zeilen seiner Tabelle (%3 Einträge für %4 Zeilen, oder andere Werte), sodass eine Suche über ihn andere Zeilen findet, als die Tabelle enthält: records.db wurde außerhalb von ReleaseDesk geändert oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The indexes of table %1 were not checked: no scan of its rows was given to the check.</source>
        <translation>Die Indizes der Tabelle %1 wurden nicht geprüft: Der Prüfung wurde kein Durchlauf ihrer Zeilen übergeben.</translation>
    </message>
</context>
<context>
    <name>rd::KeyDirectory</name>
    <message>
        <source>Cannot read the accounts</source>
        <translation>Die Konten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the signing keys</source>
        <translation>Die Signaturschlüssel können nicht gelesen werden</translation>
    </message>
    <message>
        <source>key %1 of %2 has no certificate: it was not issued through ReleaseDesk.</source>
        <translation>Schlüssel %1 von %2 hat kein Zertifikat: Er wurde nicht über ReleaseDesk ausgestellt.</translation>
    </message>
    <message>
        <source>key %1 of %2 was removed from the store.</source>
        <translation>Schlüssel %1 von %2 wurde aus dem Datenspeicher entfernt.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Der Audit-Trail kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>key %1 of %2</source>
        <translation>Schlüssel %1 von %2</translation>
    </message>
    <message>
        <source>%1: its certificate is not for this key or this account.</source>
        <translation>%1: Das Zertifikat gehört nicht zu diesem Schlüssel oder diesem Konto.</translation>
    </message>
    <message>
        <source>%1: the audit trail does not record its issue.</source>
        <translation>%1: Der Audit-Trail verzeichnet seine Ausstellung nicht.</translation>
    </message>
    <message>
        <source>%1 names key %2 as its issuer, which does not exist.</source>
        <translation>%1 nennt Schlüssel %2 als Aussteller, den es nicht gibt.</translation>
    </message>
    <message>
        <source>%1 was certified by a key that is not certified itself (%2)</source>
        <translation>%1 wurde von einem Schlüssel zertifiziert, der selbst nicht zertifiziert ist (%2)</translation>
    </message>
    <message>
        <source>%1 was certified by %2, who may not certify it: only an administrator certifies another person&apos;s key.</source>
        <translation>%1 wurde von %2 zertifiziert, der dazu nicht berechtigt ist: Nur ein Administrator zertifiziert den Schlüssel einer anderen Person.</translation>
    </message>
    <message>
        <source>%1 was certified with key %2 of %3, which was not in force when the key was issued.</source>
        <translation>%1 wurde mit Schlüssel %2 von %3 zertifiziert, der bei der Ausstellung des Schlüssels nicht gültig war.</translation>
    </message>
    <message>
        <source>%1: its certificate does not verify with the key of its issuer; it was made or changed outside ReleaseDesk.</source>
        <translation>%1: Das Zertifikat lässt sich mit dem Schlüssel seines Ausstellers nicht verifizieren; es wurde außerhalb von ReleaseDesk erstellt oder geändert.</translation>
    </message>
    <message>
        <source>%1: its certificate names audit event %2, which does not match: the audit trail up to there was rewritten.</source>
        <translation>%1: Das Zertifikat nennt das Audit-Ereignis %2, das nicht übereinstimmt: Der Audit-Trail bis dorthin wurde umgeschrieben.</translation>
    </message>
    <message>
        <source>the store root signs only for the recovery code, not for %1.</source>
        <translation>der Stammschlüssel des Datenspeichers signiert nur für den Wiederherstellungscode, nicht für %1.</translation>
    </message>
    <message>
        <source>signing key %1 does not exist in this store.</source>
        <translation>der Signaturschlüssel %1 existiert in diesem Datenspeicher nicht.</translation>
    </message>
    <message>
        <source>signing key %1 is a key of %2, not of %3.</source>
        <translation>der Signaturschlüssel %1 ist ein Schlüssel von %2, nicht von %3.</translation>
    </message>
    <message>
        <source>signing key %1 of %2 was not in force then.</source>
        <translation>der Signaturschlüssel %1 von %2 war zu diesem Zeitpunkt nicht gültig.</translation>
    </message>
    <message>
        <source>the store root</source>
        <translation>Stammschlüssel des Datenspeichers</translation>
    </message>
    <message>
        <source>key %1, certified by the store root on %2</source>
        <translation>Schlüssel %1, vom Stammschlüssel des Datenspeichers zertifiziert am %2</translation>
    </message>
    <message>
        <source>key %1, certified by %2 (%3, key %4) on %5</source>
        <translation>Schlüssel %1, von %2 (%3, Schlüssel %4) zertifiziert am %5</translation>
    </message>
    <message>
        <source>signing key %1 of %2 was issued when %3 reset the password, and signed before another administrator confirmed its hand-over.</source>
        <translation>der Signaturschlüssel %1 von %2 wurde ausgestellt, als %3 das Passwort zurückgesetzt hat, und hat signiert, bevor ein anderer Administrator seine Übergabe bestätigt hat.</translation>
    </message>
    <message>
        <source>%1; issued at a password reset by %2, hand-over not confirmed</source>
        <translation>%1; beim Zurücksetzen des Passworts durch %2 ausgestellt, Übergabe nicht bestätigt</translation>
    </message>
    <message>
        <source>%1; issued at a password reset by %2, hand-over confirmed by %3</source>
        <translation>%1; beim Zurücksetzen des Passworts durch %2 ausgestellt, Übergabe bestätigt von %3</translation>
    </message>
</context>
<context>
    <name>rd::KeyRing</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Benutzername oder Passwort falsch.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after %2 failed logins in a row; try again after %3, or ask an administrator to reset the password.</source>
        <translation>Das Konto „%1“ ist nach %2 fehlgeschlagenen Anmeldungen in Folge gesperrt; versuchen Sie es nach %3 erneut oder bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>The recovery code does not open this store.</source>
        <translation>Der Wiederherstellungscode öffnet diesen Datenspeicher nicht.</translation>
    </message>
    <message>
        <source>The key slot opened but holds data of an unknown layout; this store was made by another version of ReleaseDesk.</source>
        <translation>Der Schlüsselslot wurde geöffnet, enthält aber Daten in unbekanntem Aufbau; dieser Datenspeicher wurde mit einer anderen ReleaseDesk-Version angelegt.</translation>
    </message>
    <message>
        <source>There is no store at %1: the folder does not exist.</source>
        <translation>Unter %1 gibt es keinen Datenspeicher: Der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a file, not a store folder.</source>
        <translation>%1 ist eine Datei, kein Datenspeicherordner.</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk, before key certificates. Nothing was changed. Upgrade it once with the recovery code: releasedesk upgrade %1</source>
        <translation>%1 wurde mit einer früheren ReleaseDesk-Version vor Einführung der Schlüsselzertifikate angelegt. Es wurde nichts geändert. Aktualisieren Sie den Datenspeicher einmalig mit dem Wiederherstellungscode: releasedesk upgrade %1</translation>
    </message>
    <message>
        <source>%1 has no recovery slot, and %2 cannot be read.</source>
        <translation>%1 hat keinen Wiederherstellungsslot, und %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; opened, but the master key sealed in it for key generation %2 does not: it was altered or damaged.</source>
        <translation>Der Schlüsselslot von „%1“ wurde geöffnet, der darin für Schlüsselgeneration %2 versiegelte Hauptschlüssel jedoch nicht: Er wurde verändert oder beschädigt.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; holds no master key of generation %2: it was made for another generation, or keyslots.json was put back from an older copy. Ask an administrator to reset the password.</source>
        <translation>Der Schlüsselslot von „%1“ enthält keinen Hauptschlüssel der Generation %2: Er wurde für eine andere Generation angelegt, oder keyslots.json wurde aus einer älteren Kopie zurückgespielt. Bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>The master key cannot be sealed for &quot;%1&quot;: the public key is not a valid Ed25519 key.</source>
        <translation>Der Hauptschlüssel kann nicht für „%1“ versiegelt werden: Der öffentliche Schlüssel ist kein gültiger Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk; upgrade it first (releasedesk upgrade).</source>
        <translation>%1 wurde mit einer früheren ReleaseDesk-Version angelegt; aktualisieren Sie den Datenspeicher zuerst (releasedesk upgrade).</translation>
    </message>
</context>
<context>
    <name>rd::KeySlotFile</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2</source>
        <translation>ist keine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>ist nicht Base64-codiert</translation>
    </message>
    <message>
        <source>has %1 bytes instead of %2</source>
        <translation>hat %1 Bytes statt %2</translation>
    </message>
    <message>
        <source>is not %1 hexadecimal bytes</source>
        <translation>besteht nicht aus %1 hexadezimalen Bytes</translation>
    </message>
    <message>
        <source>is not a UTC time</source>
        <translation>ist keine UTC-Zeit</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>names an unknown algorithm</source>
        <translation>nennt einen unbekannten Algorithmus</translation>
    </message>
    <message>
        <source>fails its checksum (the slot was altered or damaged)</source>
        <translation>hat eine falsche Prüfsumme (der Slot wurde verändert oder beschädigt)</translation>
    </message>
    <message>
        <source>%1 is missing: the folder is not a ReleaseDesk store, or the file was removed.</source>
        <translation>%1 fehlt: Der Ordner ist kein ReleaseDesk-Datenspeicher, oder die Datei wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is %2 bytes long, far more than a key-slot file can be; restore it from a backup.</source>
        <translation>%1 ist beschädigt: Die Datei ist %2 Bytes groß, weit mehr, als eine Schlüsselslot-Datei sein kann; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup or use the recovery code.</source>
        <translation>%1 ist beschädigt (%2); stellen Sie die Datei aus einer Sicherung wieder her oder verwenden Sie den Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>$.format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>$.format ist „%1“, nicht „%2“</translation>
    </message>
    <message>
        <source>%1 is format %2, but this ReleaseDesk reads format %3 at most. Use a newer ReleaseDesk; the store was not changed.</source>
        <translation>%1 hat das Format %2, aber diese ReleaseDesk-Version liest höchstens Format %3. Verwenden Sie eine neuere ReleaseDesk-Version; der Datenspeicher wurde nicht verändert.</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>is a second slot for user &quot;%1&quot;</source>
        <translation>ist ein zweiter Slot für Benutzer „%1“</translation>
    </message>
    <message>
        <source>is not the epoch after $.epoch</source>
        <translation>ist nicht die auf $.epoch folgende Epoche</translation>
    </message>
    <message>
        <source>is a second anchor of &quot;%1&quot;</source>
        <translation>ist ein zweiter Anker von „%1“</translation>
    </message>
</context>
<context>
    <name>rd::Migrations</name>
    <message>
        <source>Schema migration %1 (%2)</source>
        <translation>Schemamigration %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rd::PasswordPolicy</name>
    <message>
        <source>The password is too long (more than %1 bytes).</source>
        <translation>Das Passwort ist zu lang (mehr als %1 Bytes).</translation>
    </message>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation>Das Passwort hat %1 Zeichen; erforderlich sind mindestens %2.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Das Passwort darf den Benutzernamen nicht enthalten.</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which is not allowed.</source>
        <translation>Das Passwort enthält ein NUL-Zeichen, das nicht zulässig ist.</translation>
    </message>
    <message>
        <source>The password must not contain the person identifier or a part of the full name.</source>
        <translation>Das Passwort darf weder die Personenkennung noch einen Teil des vollständigen Namens enthalten.</translation>
    </message>
    <message>
        <source>The password cannot be checked: out of memory.</source>
        <translation>Das Passwort kann nicht geprüft werden: nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The password cannot be checked: the quality library refused setting %1.</source>
        <translation>Das Passwort kann nicht geprüft werden: Die Bibliothek zur Passwortqualität hat die Einstellung %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The password cannot be checked: the quality library refused the account&apos;s names.</source>
        <translation>Das Passwort kann nicht geprüft werden: Die Bibliothek zur Passwortqualität hat die Namen des Kontos abgelehnt.</translation>
    </message>
    <message>
        <source>The password repeats one character more than %1 times in a row.</source>
        <translation>Das Passwort wiederholt ein Zeichen mehr als %1-mal hintereinander.</translation>
    </message>
    <message>
        <source>The password contains a sequence of more than %1 characters (such as &quot;abcde&quot; or &quot;54321&quot;).</source>
        <translation>Das Passwort enthält eine Zeichenfolge von mehr als %1 Zeichen (etwa „abcde“ oder „54321“).</translation>
    </message>
    <message>
        <source>The password is a palindrome.</source>
        <translation>Das Passwort ist ein Palindrom.</translation>
    </message>
    <message>
        <source>The password cannot be checked: the word list cannot be read (install cracklib-runtime).</source>
        <translation>Das Passwort kann nicht geprüft werden: Die Wortliste kann nicht gelesen werden (installieren Sie cracklib-runtime).</translation>
    </message>
    <message>
        <source>The password is based on a dictionary word.</source>
        <translation>Das Passwort beruht auf einem Wörterbuchwort.</translation>
    </message>
    <message>
        <source>The password has too few different characters.</source>
        <translation>Das Passwort enthält zu wenige unterschiedliche Zeichen.</translation>
    </message>
    <message>
        <source>The password is a simple pattern (such as &quot;123456789012&quot; or a row of the keyboard).</source>
        <translation>Das Passwort ist ein einfaches Muster (etwa „123456789012“ oder eine Tastaturreihe).</translation>
    </message>
    <message>
        <source>The password is too easy to guess (%1).</source>
        <translation>Das Passwort ist zu leicht zu erraten (%1).</translation>
    </message>
    <message>
        <source>At least %1 characters; not a dictionary word, a sequence or a pattern; not containing the user name, the person identifier or a part of the full name; and not one of the last %2 passwords of the account.</source>
        <translation>Mindestens %1 Zeichen; kein Wörterbuchwort, keine Zeichenfolge und kein Muster; ohne den Benutzernamen, die Personenkennung oder einen Teil des vollständigen Namens; und keines der letzten %2 Passwörter des Kontos.</translation>
    </message>
    <message>
        <source>The password cannot be checked: %1.</source>
        <translation>Das Passwort kann nicht geprüft werden: %1.</translation>
    </message>
</context>
<context>
    <name>rd::People</name>
    <message>
        <source>Cannot read the accounts</source>
        <translation>Die Konten können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>rd::Preferences</name>
    <message>
        <source>Unknown language &quot;%1&quot;: choose one of %2.</source>
        <translation>Unbekannte Sprache „%1“: Zulässig sind %2.</translation>
    </message>
    <message>
        <source>Baseline points must be between %1 and %2; %3 was given.</source>
        <translation>Die Anzahl der Punkte des Referenzzeitraums muss zwischen %1 und %2 liegen; angegeben wurde %3.</translation>
    </message>
</context>
<context>
    <name>rd::Problems</name>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>Feld „%1“</translation>
    </message>
    <message>
        <source>%1: 1 problem; nothing was written.</source>
        <translation>%1: 1 Problem; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was written.</source>
        <translation>%1: %2 Probleme; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... und %1 weitere.</translation>
    </message>
</context>
<context>
    <name>rd::RecordBindings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the batch record %1</source>
        <translation>die Chargendokumentation %1</translation>
    </message>
    <message>
        <source>the QC results of batch %1</source>
        <translation>die QC-Ergebnisse der Charge %1</translation>
    </message>
    <message>
        <source>the unassigned results of imported file %1</source>
        <translation>die nicht zugeordneten Ergebnisse der importierten Datei %1</translation>
    </message>
    <message>
        <source>the specifications of product %1</source>
        <translation>die Spezifikationen des Produkts %1</translation>
    </message>
    <message>
        <source>the record of imported file %1</source>
        <translation>der Datensatz der importierten Datei %1</translation>
    </message>
    <message>
        <source>the dispositions of batch %1</source>
        <translation>die Bewertungen der Charge %1</translation>
    </message>
    <message>
        <source>the recorded state of batch %1</source>
        <translation>der erfasste Status der Charge %1</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>Unterschrift %1</translation>
    </message>
    <message>
        <source>the register entry of document %1</source>
        <translation>der Registereintrag des Dokuments %1</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>der Standort %1</translation>
    </message>
    <message>
        <source>the out-of-trend rules of %1</source>
        <translation>die OOT-Regeln von %1</translation>
    </message>
    <message>
        <source>the frozen baselines of %1</source>
        <translation>die festgeschriebenen Referenzzeiträume von %1</translation>
    </message>
    <message>
        <source>the account %1 (its keys, certificates and password history)</source>
        <translation>das Konto %1 (Schlüssel, Zertifikate und Passwortverlauf)</translation>
    </message>
    <message>
        <source>the store setting %1</source>
        <translation>die Datenspeicher-Einstellung %1</translation>
    </message>
    <message>
        <source>schema migration %1</source>
        <translation>Schemamigration %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot record what event %1 wrote</source>
        <translation>Es kann nicht erfasst werden, was Ereignis %1 geschrieben hat</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verifizierung abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the records (%1)</source>
        <translation>Die Datensätze können nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>The indexes of %1 cannot be checked from its records&apos; scan.</source>
        <translation>Die Indizes von %1 können nicht anhand des Lesens der Datensätze geprüft werden.</translation>
    </message>
    <message>
        <source>the person of account %1 and its keys&apos; hand-overs</source>
        <translation>die Person des Kontos %1 und die Übergaben seiner Schlüssel</translation>
    </message>
    <message>
        <source>the approvals of the specifications of product %1</source>
        <translation>die Genehmigungen der Spezifikationen des Produkts %1</translation>
    </message>
    <message>
        <source>the specification batch %1 is judged against</source>
        <translation>die Spezifikation, anhand derer Charge %1 beurteilt wird</translation>
    </message>
    <message>
        <source>the outcomes of the dispositions of batch %1</source>
        <translation>die Ergebnisse der Bewertungen der Charge %1</translation>
    </message>
    <message>
        <source>the identifiers read in the record of batch %1</source>
        <translation>die im Datensatz der Charge %1 gelesenen Kennungen</translation>
    </message>
</context>
<context>
    <name>rd::RecordStore</name>
    <message>
        <source>Cannot read the specifications</source>
        <translation>Die Spezifikationen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the batch records</source>
        <translation>Die Chargendokumentationen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the batch record</source>
        <translation>Die Chargendokumentation kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no batch record %1.</source>
        <translation>Es gibt keine Chargendokumentation %1.</translation>
    </message>
    <message>
        <source>Cannot read the QC samples</source>
        <translation>Die QC-Proben können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the results</source>
        <translation>Die Ergebnisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the unassigned results</source>
        <translation>Die nicht zugeordneten Ergebnisse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the unassigned result</source>
        <translation>Das nicht zugeordnete Ergebnis kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no unassigned result %1.</source>
        <translation>Es gibt kein nicht zugeordnetes Ergebnis %1.</translation>
    </message>
    <message>
        <source>Cannot record the imported file</source>
        <translation>Die importierte Datei kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot record the product</source>
        <translation>Das Produkt kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot record the specification</source>
        <translation>Die Spezifikation kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot supersede the batch record</source>
        <translation>Die Chargendokumentation kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot record batch %1</source>
        <translation>Charge %1 kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot supersede the result</source>
        <translation>Das Ergebnis kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot record the result %1 of %2</source>
        <translation>Das Ergebnis %1 von %2 kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot record the unassigned result %1 of %2</source>
        <translation>Das nicht zugeordnete Ergebnis %1 von %2 kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot update the unassigned result</source>
        <translation>Das nicht zugeordnete Ergebnis kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The unassigned result %1 is no longer open.</source>
        <translation>Das nicht zugeordnete Ergebnis %1 ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>Cannot read which specification batches are judged against</source>
        <translation>Es kann nicht gelesen werden, anhand welcher Spezifikation Chargen beurteilt werden</translation>
    </message>
    <message>
        <source>Cannot record the approval of the specification</source>
        <translation>Die Genehmigung der Spezifikation kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot record which specification batch %1 is judged against</source>
        <translation>Es kann nicht erfasst werden, anhand welcher Spezifikation Charge %1 beurteilt wird</translation>
    </message>
    <message>
        <source>Cannot read who imported the results</source>
        <translation>Es kann nicht gelesen werden, wer die Ergebnisse importiert hat</translation>
    </message>
</context>
<context>
    <name>rd::Recovery</name>
    <message>
        <source>Cannot set the administrator password</source>
        <translation>Das Administratorpasswort kann nicht festgelegt werden</translation>
    </message>
    <message>
        <source>administrator password set with the recovery code</source>
        <translation>Administratorpasswort mit dem Wiederherstellungscode festgelegt</translation>
    </message>
    <message>
        <source>Cannot record the disclosure</source>
        <translation>Die Offenlegung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>raw database key shown for use with the sqlcipher shell</source>
        <translation>roher Datenbankschlüssel zur Verwendung mit der sqlcipher-Shell angezeigt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrator; the recovery code can only set an administrator&apos;s password.</source>
        <translation>„%1“ ist kein Administrator; mit dem Wiederherstellungscode kann nur das Passwort eines Administrators festgelegt werden.</translation>
    </message>
    <message>
        <source>re-enabled with the recovery code</source>
        <translation>mit dem Wiederherstellungscode wieder aktiviert</translation>
    </message>
    <message>
        <source>Give the reason for accepting the older records (e.g. the backup it was restored from).</source>
        <translation>Geben Sie die Begründung für die Akzeptanz des älteren Datenbestands an (z. B. die Sicherung, aus der er wiederhergestellt wurde).</translation>
    </message>
    <message>
        <source>Cannot record the acceptance</source>
        <translation>Die Akzeptanz kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>checkpoint event %1 signed by %2 at %3</source>
        <translation>Prüfpunkt-Ereignis %1, signiert von %2 am %3</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk; upgrade it first (releasedesk upgrade).</source>
        <translation>%1 wurde mit einer früheren ReleaseDesk-Version angelegt; aktualisieren Sie den Datenspeicher zuerst (releasedesk upgrade).</translation>
    </message>
    <message>
        <source>Cannot record the checkpoint</source>
        <translation>Der Prüfpunkt kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>administrator password set with the recovery code; keyslots.json could not be read and was made again from recovery.json</source>
        <translation>Administratorpasswort mit dem Wiederherstellungscode festgelegt; keyslots.json konnte nicht gelesen werden und wurde aus recovery.json neu erstellt</translation>
    </message>
    <message>
        <source>records.db still holds every signed checkpoint; there is nothing to accept.</source>
        <translation>records.db enthält noch alle signierten Prüfpunkte; es gibt nichts zu akzeptieren.</translation>
    </message>
    <message>
        <source>Cannot read the signatures</source>
        <translation>Die Unterschriften können nicht gelesen werden</translation>
    </message>
    <message>
        <source>signature %1 of batch %2: &quot;%3&quot; by %4 (%5) at %6</source>
        <translation>Unterschrift %1 der Charge %2: „%3“ von %4 (%5) am %6</translation>
    </message>
    <message>
        <source>Cannot read batch %1</source>
        <translation>Charge %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot hold batch %1</source>
        <translation>Charge %1 kann nicht zurückgestellt werden</translation>
    </message>
    <message>
        <source>a decision on this batch was lost with the older records.db; it waits for a new decision</source>
        <translation>eine Entscheidung zu dieser Charge ging mit der älteren records.db verloren; die Charge wartet auf eine neue Entscheidung</translation>
    </message>
    <message>
        <source>The hold of batch %1 was not recorded where expected; nothing was changed.</source>
        <translation>Die Zurückstellung der Charge %1 wurde nicht an der erwarteten Stelle erfasst; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>no signature known to be lost</source>
        <translation>keine Unterschrift, von der bekannt ist, dass sie verloren ging</translation>
    </message>
    <message>
        <source>signatures lost: %1; batches put on hold: %2</source>
        <translation>verlorene Unterschriften: %1; zurückgestellte Chargen: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>rd::RecoveryCode</name>
    <message>
        <source>The recovery code contains &quot;%1&quot;, which is not one of its letters or digits.</source>
        <translation>Der Wiederherstellungscode enthält „%1“; dieses Zeichen gehört nicht zu seinen Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>A recovery code has %1 letters and digits (nine groups of four); this one has %2.</source>
        <translation>Ein Wiederherstellungscode hat %1 Buchstaben und Ziffern (neun Vierergruppen); dieser hat %2.</translation>
    </message>
    <message>
        <source>more</source>
        <translation>mehr</translation>
    </message>
    <message>
        <source>The recovery code is mistyped: its last group does not match the others. Check each character against the printed code.</source>
        <translation>Der Wiederherstellungscode wurde falsch eingegeben: Die letzte Gruppe passt nicht zu den anderen. Vergleichen Sie jedes Zeichen mit dem gedruckten Code.</translation>
    </message>
</context>
<context>
    <name>rd::Rekey</name>
    <message>
        <source>The store was not re-keyed: %1 (%2). Nothing was changed.</source>
        <translation>Der Datenspeicher wurde nicht neu verschlüsselt: %1 (%2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>An interrupted re-key of %1 must be finished first: open the store once, then try again.</source>
        <translation>Eine unterbrochene Neuverschlüsselung von %1 muss zuerst abgeschlossen werden: Öffnen Sie den Datenspeicher einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>records.db cannot be opened</source>
        <translation>records.db kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>records.db cannot be read</source>
        <translation>records.db kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the new file cannot be made</source>
        <translation>die neue Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the records cannot be copied</source>
        <translation>die Datensätze können nicht kopiert werden</translation>
    </message>
    <message>
        <source>the new file cannot be closed</source>
        <translation>die neue Datei kann nicht geschlossen werden</translation>
    </message>
    <message>
        <source>the copy does not read back</source>
        <translation>die Kopie lässt sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>the new file cannot be flushed to disk</source>
        <translation>die neue Datei kann nicht auf den Datenträger übertragen werden</translation>
    </message>
    <message>
        <source>keyslots.json changed during the re-key.</source>
        <translation>keyslots.json wurde während der Neuverschlüsselung geändert.</translation>
    </message>
    <message>
        <source>the new file cannot be put in place</source>
        <translation>die neue Datei kann nicht an ihre Stelle gesetzt werden</translation>
    </message>
    <message>
        <source>records.db in %1 opens with neither the current nor the new master key of an interrupted re-key; restore it from a backup.</source>
        <translation>records.db in %1 lässt sich weder mit dem aktuellen noch mit dem neuen Hauptschlüssel einer unterbrochenen Neuverschlüsselung öffnen; stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 (finished after an interruption)</source>
        <translation>%1 (nach einer Unterbrechung abgeschlossen)</translation>
    </message>
    <message>
        <source>Cannot record the re-key</source>
        <translation>Die Neuverschlüsselung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>%1; re-keyed at %2</source>
        <translation>%1; neu verschlüsselt am %2</translation>
    </message>
    <message>
        <source>%1; re-keyed at %2; key slots given no new key: %3</source>
        <translation>%1; neu verschlüsselt am %2; Schlüsselslots ohne neuen Schlüssel: %3</translation>
    </message>
    <message>
        <source>the copy cannot be switched to write-ahead logging</source>
        <translation>die Kopie lässt sich nicht auf Write-Ahead-Logging umstellen</translation>
    </message>
</context>
<context>
    <name>rd::ResultRules</name>
    <message>
        <source>no unit</source>
        <translation>keine Einheit</translation>
    </message>
    <message>
        <source>%1 is not in specification %2 of %3, which batch %4 is made to</source>
        <translation>%1 ist nicht in Spezifikation %2 von %3 enthalten, nach der Charge %4 hergestellt wird</translation>
    </message>
    <message>
        <source>is %1, but %2 is measured in %3</source>
        <translation>ist %1, aber %2 wird in %3 gemessen</translation>
    </message>
    <message>
        <source>%1 is a qualitative test: give its result as text</source>
        <translation>%1 ist ein qualitativer Test: Geben Sie das Ergebnis als Text an</translation>
    </message>
    <message>
        <source>%1 is a numeric test: give its result as a number</source>
        <translation>%1 ist ein numerischer Test: Geben Sie das Ergebnis als Zahl an</translation>
    </message>
    <message>
        <source>was measured at %1, before sample %2 was drawn (%3): it cannot be that sample&apos;s</source>
        <translation>wurde am %1 gemessen, bevor die Probe %2 gezogen wurde (%3): Es kann nicht von dieser Probe stammen</translation>
    </message>
</context>
<context>
    <name>rd::ReviewQueue</name>
    <message>
        <source>Cannot read the queue</source>
        <translation>Die Arbeitsliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rd::ReviewService</name>
    <message>
        <source>Cannot read batch %1</source>
        <translation>Charge %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no batch %1 in this store.</source>
        <translation>In diesem Datenspeicher gibt es keine Charge %1.</translation>
    </message>
    <message>
        <source>Cannot read the state of batch %1</source>
        <translation>Der Status der Charge %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the dispositions of batch %1</source>
        <translation>Die Bewertungen der Charge %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Administrators cannot sign batch decisions.</source>
        <translation>Administratoren können keine Chargenentscheidungen unterschreiben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is signed by a %2; %3 is a %4.</source>
        <translation>„%1“ darf nur ein Benutzer mit der Rolle %2 unterschreiben; %3 hat die Rolle %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a reason.</source>
        <translation>„%1“ erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>Der Kommentar ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>An exceptional release needs the reference of the treating physician&apos;s written request.</source>
        <translation>Eine ausnahmsweise Freigabe erfordert die Referenz der schriftlichen Anforderung des behandelnden Arztes.</translation>
    </message>
    <message>
        <source>The physician&apos;s request reference is longer than %1 characters.</source>
        <translation>Die Referenz der ärztlichen Anforderung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>An exceptional release needs the recorded risk evaluation.</source>
        <translation>Eine ausnahmsweise Freigabe erfordert die dokumentierte Risikobewertung.</translation>
    </message>
    <message>
        <source>The risk evaluation is longer than %1 characters.</source>
        <translation>Die Risikobewertung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A physician&apos;s request and risk evaluation belong only to an exceptional release.</source>
        <translation>Ärztliche Anforderung und Risikobewertung gehören nur zu einer ausnahmsweisen Freigabe.</translation>
    </message>
    <message>
        <source>Batch %1 has no QC results to approve.</source>
        <translation>Charge %1 hat keine QC-Ergebnisse, die genehmigt werden könnten.</translation>
    </message>
    <message>
        <source>%1 approved the QC results of this batch and so cannot also review it.</source>
        <translation>%1 hat die QC-Ergebnisse dieser Charge genehmigt und kann die Charge daher nicht auch prüfen.</translation>
    </message>
    <message>
        <source>The QC results changed after they were approved; put the batch on hold and lift the hold to send it back for QC approval.</source>
        <translation>Die QC-Ergebnisse wurden nach ihrer Genehmigung geändert; stellen Sie die Charge zurück und heben Sie die Zurückstellung anschließend auf, um sie erneut zur QC-Genehmigung vorzulegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) still need a disposition before the batch can be signed as reviewed.</source>
        <translation>
            <numerusform>%n Ausnahme muss noch bewertet werden, bevor die Charge als geprüft unterschrieben werden kann.</numerusform>
            <numerusform>%n Ausnahmen müssen noch bewertet werden, bevor die Charge als geprüft unterschrieben werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved the QC results of this batch and so cannot also decide on its release.</source>
        <translation>%1 hat die QC-Ergebnisse dieser Charge genehmigt und kann daher nicht auch über ihre Freigabe entscheiden.</translation>
    </message>
    <message>
        <source>%1 reviewed this batch and so cannot also decide on its release.</source>
        <translation>%1 hat diese Charge geprüft und kann daher nicht auch über ihre Freigabe entscheiden.</translation>
    </message>
    <message>
        <source>No release is possible: %1</source>
        <translation>Keine Freigabe möglich: %1</translation>
    </message>
    <message>
        <source>%1 failed after the conditional release; the batch can only be rejected.</source>
        <translation>%1 hat nach der bedingten Freigabe die Spezifikation nicht erfüllt; die Charge kann nur zurückgewiesen werden.</translation>
    </message>
    <message>
        <source>The specification in force has no tests.</source>
        <translation>Die gültige Spezifikation enthält keine Tests.</translation>
    </message>
    <message>
        <source>Still pending: %1. The final release can be confirmed once their results are in.</source>
        <translation>Noch ausstehend: %1. Die endgültige Freigabe kann bestätigt werden, sobald deren Ergebnisse vorliegen.</translation>
    </message>
    <message>
        <source>The record changed after the conditional release in more than the pending results; put the batch on hold for review.</source>
        <translation>Der Datensatz wurde nach der bedingten Freigabe nicht nur bei den ausstehenden Ergebnissen geändert; stellen Sie die Charge für eine erneute Prüfung zurück.</translation>
    </message>
    <message>
        <source>The record changed after it was reviewed; put the batch on hold and lift the hold to send it back for review.</source>
        <translation>Der Datensatz wurde nach der Prüfung geändert; stellen Sie die Charge zurück und heben Sie die Zurückstellung anschließend auf, um sie erneut zur Prüfung vorzulegen.</translation>
    </message>
    <message>
        <source>Required results are missing or pending: %1.</source>
        <translation>Erforderliche Ergebnisse fehlen oder stehen aus: %1.</translation>
    </message>
    <message>
        <source>Every result conforms to the specification: an exceptional release does not apply; release the batch normally.</source>
        <translation>Alle Ergebnisse entsprechen der Spezifikation: Eine ausnahmsweise Freigabe ist nicht anwendbar; geben Sie die Charge regulär frei.</translation>
    </message>
    <message>
        <source>Out of specification: %1. Reject the batch, or record an exceptional release at the treating physician&apos;s request.</source>
        <translation>Außerhalb der Spezifikation: %1. Weisen Sie die Charge zurück oder dokumentieren Sie eine ausnahmsweise Freigabe auf Anforderung des behandelnden Arztes.</translation>
    </message>
    <message>
        <source>Still pending: %1. Release conditionally, or wait for the results.</source>
        <translation>Noch ausstehend: %1. Geben Sie die Charge bedingt frei oder warten Sie auf die Ergebnisse.</translation>
    </message>
    <message>
        <source>No test is pending: release the batch normally.</source>
        <translation>Es steht kein Test aus: Geben Sie die Charge regulär frei.</translation>
    </message>
    <message>
        <source>Cannot start the signing</source>
        <translation>Der Unterschriftsvorgang kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot record the state of batch %1</source>
        <translation>Der Status der Charge %1 kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot commit the signature</source>
        <translation>Die Unterschrift kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>record a disposition</source>
        <translation>eine Bewertung erfassen</translation>
    </message>
    <message>
        <source>A disposition needs a comment.</source>
        <translation>Eine Bewertung erfordert einen Kommentar.</translation>
    </message>
    <message>
        <source>The deviation reference is longer than %1 characters.</source>
        <translation>Die Abweichungsnummer ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot start the disposition</source>
        <translation>Die Erfassung der Bewertung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Dispositions are recorded during the review; batch %1 is &quot;%2&quot;.</source>
        <translation>Bewertungen werden während der Prüfung erfasst; Charge %1 hat den Status „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 has no exception %2 (it has %n exception(s)).</source>
        <translation>
            <numerusform>Charge %1 hat keine Ausnahme %2 (sie hat %n Ausnahme).</numerusform>
            <numerusform>Charge %1 hat keine Ausnahme %2 (sie hat %n Ausnahmen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the disposition</source>
        <translation>Die Bewertung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot commit the disposition</source>
        <translation>Die Bewertung kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>Batch %1 has no QC approval signature.</source>
        <translation>Charge %1 hat keine Unterschrift zur QC-Genehmigung.</translation>
    </message>
    <message>
        <source>Batch %1 lacks its QC approval or review signature.</source>
        <translation>Für Charge %1 fehlt die Unterschrift zur QC-Genehmigung oder zur Prüfung.</translation>
    </message>
    <message>
        <source>Still pending: %1. An exceptional release is decided on complete results.</source>
        <translation>Noch ausstehend: %1. Über eine ausnahmsweise Freigabe wird auf Grundlage vollständiger Ergebnisse entschieden.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail of batch %1</source>
        <translation>Der Audit-Trail der Charge %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the audit trail does not record it</source>
        <translation>der Audit-Trail verzeichnet sie nicht</translation>
    </message>
    <message>
        <source>its key is certified for %1 as %2</source>
        <translation>ihr Schlüssel ist für %1 als %2 zertifiziert</translation>
    </message>
    <message>
        <source>it does not verify: the signature or what it covers was altered</source>
        <translation>sie lässt sich nicht verifizieren: Die Unterschrift oder die von ihr abgedeckten Daten wurden verändert</translation>
    </message>
    <message>
        <source>signature %1 (&quot;%2&quot; by %3) cannot be trusted: %4; the recorded state of batch %5 is not borne out. Run releasedesk verify.</source>
        <translation>Unterschrift %1 („%2“ von %3) ist nicht vertrauenswürdig: %4; der erfasste Status der Charge %5 ist nicht belegt. Führen Sie releasedesk verify aus.</translation>
    </message>
    <message>
        <source>Batch %1 cannot be signed: %2</source>
        <translation>Charge %1 kann nicht unterschrieben werden: %2</translation>
    </message>
    <message>
        <source>signature %1 (&quot;%2&quot; by %3) no longer covers the record of batch %4: its data changed after the decision</source>
        <translation>Unterschrift %1 („%2“ von %3) deckt den Datensatz der Charge %4 nicht mehr ab: Die Daten wurden nach der Entscheidung geändert</translation>
    </message>
    <message>
        <source>&quot;external:&quot; needs the identifier the other system gives the deviation, as in &quot;external: QMS-2026-0042&quot;.</source>
        <translation>„external:“ braucht die Kennung, die das andere System der Abweichung gibt, etwa „external: QMS-2026-0042“.</translation>
    </message>
    <message>
        <source>%1 is not a deviation of batch %2 (%3); name one of its deviations, or one held in another system as &quot;external: ID&quot;.</source>
        <translation>%1 ist keine Abweichung der Charge %2 (%3); nennen Sie eine ihrer Abweichungen oder eine in einem anderen System geführte als „external: ID“.</translation>
    </message>
    <message>
        <source>it records none</source>
        <translation>sie verzeichnet keine</translation>
    </message>
    <message>
        <source>Exception %1 is the open critical deviation %2: its disposition must name it (--deviation %2).</source>
        <translation>Ausnahme %1 ist die offene kritische Abweichung %2: ihre Bewertung muss diese nennen (--deviation %2).</translation>
    </message>
    <message>
        <source>Exception %1 blocks release: its disposition must name the deviation that investigates it (a deviation of the batch, or &quot;external: ID&quot;).</source>
        <translation>Ausnahme %1 verhindert die Freigabe: ihre Bewertung muss die Abweichung nennen, die sie untersucht (eine Abweichung der Charge oder „external: ID“).</translation>
    </message>
    <message>
        <source>Batch %1 has out-of-specification results (%2): their QC approval needs the reference of the OOS investigation.</source>
        <translation>Charge %1 hat Ergebnisse außerhalb der Spezifikation (%2): Für deren QC-Freigabe ist die Referenz der OOS-Untersuchung erforderlich.</translation>
    </message>
    <message>
        <source>The investigation reference is longer than %1 characters.</source>
        <translation>Die Referenz der Untersuchung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Acceptable, no impact</source>
        <translation>Akzeptabel, keine Auswirkung</translation>
    </message>
    <message>
        <source>Acceptable with a deviation or CAPA reference</source>
        <translation>Akzeptabel mit Abweichungs- oder CAPA-Referenz</translation>
    </message>
    <message>
        <source>Not acceptable (blocks release)</source>
        <translation>Nicht akzeptabel (blockiert die Freigabe)</translation>
    </message>
    <message>
        <source>%1 judged exception %2 not acceptable (%3); the batch can only be rejected.</source>
        <translation>%1 hat Ausnahme %2 als nicht akzeptabel bewertet (%3); die Charge kann nur zurückgewiesen werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the deviation or CAPA reference that accounts for exception %2.</source>
        <translation>„%1“ erfordert die Abweichungs- oder CAPA-Referenz, mit der Ausnahme %2 begründet wird.</translation>
    </message>
    <message>
        <source>Exception %1 blocks release, so it is not &quot;%2&quot;: choose &quot;%3&quot; or &quot;%4&quot;.</source>
        <translation>Ausnahme %1 blockiert die Freigabe, daher ist sie nicht „%2“: Wählen Sie „%3“ oder „%4“.</translation>
    </message>
    <message>
        <source>%1 produced QC results of this batch (%2) and so cannot %3.</source>
        <translation>%1 hat QC-Ergebnisse dieser Charge ermittelt (%2) und ist daher nicht berechtigt, %3.</translation>
    </message>
    <message>
        <source>The analyst of %1 is no person of this store, so who measured it is not established; put the batch on hold and correct it under change control.</source>
        <translation>Der Analytiker von %1 ist keine Person in diesem Datenspeicher, daher ist nicht belegt, wer die Messung durchgeführt hat; stellen Sie die Charge zurück und korrigieren Sie die Angabe im Rahmen einer Änderungskontrolle.</translation>
    </message>
    <message>
        <source>%1 assigned QC results of this batch from the unassigned inbox (as %2) and so cannot %3: another person does.</source>
        <translation>%1 hat QC-Ergebnisse dieser Charge aus dem Eingang für nicht zugeordnete Ergebnisse zugeordnet (als %2) und ist daher nicht berechtigt, %3: Das übernimmt eine andere Person.</translation>
    </message>
    <message>
        <source>%1 imported QC results of this batch (as %2) and so cannot %3: another person does.</source>
        <translation>%1 hat QC-Ergebnisse dieser Charge importiert (als %2) und ist daher nicht berechtigt, %3: Das übernimmt eine andere Person.</translation>
    </message>
    <message>
        <source>The comment %1.</source>
        <translation>Der Kommentar %1.</translation>
    </message>
    <message>
        <source>The risk evaluation %1.</source>
        <translation>Die Risikobewertung %1.</translation>
    </message>
    <message>
        <source>The physician&apos;s request reference %1.</source>
        <translation>Die Referenz der ärztlichen Anforderung %1.</translation>
    </message>
    <message>
        <source>The investigation reference %1.</source>
        <translation>Die Referenz der Untersuchung %1.</translation>
    </message>
    <message>
        <source>approve them</source>
        <translation>sie zu genehmigen</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) arose after the review and have no disposition; put the batch on hold and lift the hold to review them.</source>
        <translation>
            <numerusform>Nach der Prüfung ist %n Ausnahme entstanden, die noch keine Bewertung hat; stellen Sie die Charge zurück und heben Sie die Zurückstellung anschließend auf, um sie zu prüfen.</numerusform>
            <numerusform>Nach der Prüfung sind %n Ausnahmen entstanden, die noch keine Bewertung haben; stellen Sie die Charge zurück und heben Sie die Zurückstellung anschließend auf, um sie zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>confirm the release on them</source>
        <translation>auf ihrer Grundlage die Freigabe zu bestätigen</translation>
    </message>
    <message>
        <source>The deviation reference %1.</source>
        <translation>Die Abweichungsnummer %1.</translation>
    </message>
</context>
<context>
    <name>rd::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>QC analyst</source>
        <translation>QC-Analytiker</translation>
    </message>
    <message>
        <source>QA reviewer</source>
        <translation>QA-Prüfer</translation>
    </message>
    <message>
        <source>Release authority</source>
        <translation>Freigabeberechtigter</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Leser</translation>
    </message>
</context>
<context>
    <name>rd::Runtime</name>
    <message>
        <source>The cryptography library (libsodium) failed to start.</source>
        <translation>Die Kryptografiebibliothek (libsodium) konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>ReleaseDesk %1 (Qt %2, SQLCipher %3, libsodium %4)</source>
        <translation>ReleaseDesk %1 (Qt %2, SQLCipher %3, libsodium %4)</translation>
    </message>
    <message>
        <source>WARNING: RELEASEDESK_TESTING_MINIMUM_KDF is set: new passwords are protected with the test-only minimum Argon2id cost. Never use this for real stores.</source>
        <translation>WARNUNG: RELEASEDESK_TESTING_MINIMUM_KDF ist gesetzt: Neue Passwörter werden mit dem nur für Tests vorgesehenen minimalen Argon2id-Kostenparameter geschützt. Niemals für echte Datenspeicher verwenden.</translation>
    </message>
</context>
<context>
    <name>rd::Session</name>
    <message>
        <source>Cannot read the account &quot;%1&quot;</source>
        <translation>Das Konto „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has a key slot but no record in this store; ask an administrator to reset its password.</source>
        <translation>Das Konto „%1“ hat einen Schlüsselslot, aber keinen Datensatz in diesem Datenspeicher; bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Das Konto „%1“ ist deaktiviert.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; is out of date (keyslots.json was restored from an older copy); ask an administrator to reset the password.</source>
        <translation>Der Schlüsselslot von „%1“ ist veraltet (keyslots.json wurde aus einer älteren Kopie wiederhergestellt); bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>Cannot record the login</source>
        <translation>Die Anmeldung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>falsches Passwort</translation>
    </message>
    <message>
        <source>%1 failed logins in a row; locked for %2 minutes</source>
        <translation>%1 fehlgeschlagene Anmeldungen in Folge; für %2 Minuten gesperrt</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>unbekannter Benutzername</translation>
    </message>
    <message>
        <source>ReleaseDesk %1 on %2</source>
        <translation>ReleaseDesk %1 auf %2</translation>
    </message>
    <message>
        <source>The failed-login counters in keyslots.json could not be updated: %1</source>
        <translation>Die Zähler für fehlgeschlagene Anmeldungen in keyslots.json konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot record the checkpoint</source>
        <translation>Der Prüfpunkt kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>The session has ended; unlock the store again.</source>
        <translation>Die Sitzung ist beendet; entsperren Sie den Datenspeicher erneut.</translation>
    </message>
    <message>
        <source>%1 must change the password before doing anything else.</source>
        <translation>%1 muss das Passwort ändern, bevor weitere Aktionen möglich sind.</translation>
    </message>
    <message>
        <source>Only a user with the role %1 can %2; %3 is %4.</source>
        <translation>Nur ein Benutzer mit der Rolle %1 darf %2; %3 hat die Rolle %4.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Cannot count the accounts</source>
        <translation>Die Konten können nicht gezählt werden</translation>
    </message>
    <message>
        <source>failed at event %1: %2</source>
        <translation>fehlgeschlagen bei Ereignis %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. If the older copy is to be kept, an administrator can accept it with the recovery code (releasedesk recover --accept-rollback).</source>
        <translation>Es wurde nichts geändert. Soll die ältere Kopie beibehalten werden, kann ein Administrator sie mit dem Wiederherstellungscode akzeptieren (releasedesk recover --accept-rollback).</translation>
    </message>
    <message>
        <source>The last password change of &quot;%1&quot; was interrupted before it was saved in the records; ask an administrator to reset the password.</source>
        <translation>Die letzte Passwortänderung von „%1“ wurde unterbrochen, bevor sie in den Datensätzen gespeichert wurde; bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>Cannot record the unlock</source>
        <translation>Das Entsperren kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s settings</source>
        <translation>Die Einstellungen des Datenspeichers können nicht gelesen werden</translation>
    </message>
    <message>
        <source>set the inactivity lock</source>
        <translation>die Inaktivitätssperre einstellen</translation>
    </message>
    <message>
        <source>The inactivity lock is 1 to %1 minutes, not %2.</source>
        <translation>Die Inaktivitätssperre beträgt 1 bis %1 Minuten, nicht %2.</translation>
    </message>
    <message>
        <source>Cannot change the setting</source>
        <translation>Die Einstellung kann nicht geändert werden</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk; upgrade it once with the recovery code (releasedesk upgrade).</source>
        <translation>%1 wurde mit einer früheren ReleaseDesk-Version angelegt; aktualisieren Sie den Datenspeicher einmalig mit dem Wiederherstellungscode (releasedesk upgrade).</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; holds no master key for records.db; ask an administrator to reset the password.</source>
        <translation>Der Schlüsselslot von „%1“ enthält keinen Hauptschlüssel für records.db; bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>Cannot read the store root</source>
        <translation>Der Stammschlüssel des Datenspeichers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>keyslots.json names store root %1, but records.db recorded root %2: one of the two files was replaced. Nothing was changed.</source>
        <translation>keyslots.json nennt den Stammschlüssel %1, records.db hat jedoch den Stammschlüssel %2 erfasst: Eine der beiden Dateien wurde ersetzt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; is out of date: its key was replaced at audit event %2 (keyslots.json was restored from an older copy). Ask an administrator to reset the password.</source>
        <translation>Der Schlüsselslot von „%1“ ist veraltet: Sein Schlüssel wurde bei Audit-Ereignis %2 ersetzt (keyslots.json wurde aus einer älteren Kopie wiederhergestellt). Bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>the key in the slot is not the certified key %1.</source>
        <translation>der Schlüssel im Slot ist nicht der zertifizierte Schlüssel %1.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; does not hold a certified signing key (%2); it was not made by ReleaseDesk. Ask an administrator to reset the password.</source>
        <translation>Der Schlüsselslot von „%1“ enthält keinen zertifizierten Signaturschlüssel (%2); er wurde nicht von ReleaseDesk angelegt. Bitten Sie einen Administrator, das Passwort zurückzusetzen.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, Zeitpunkt: %2</translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>Die Konten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>failed logins of &quot;%1&quot;, which is no account of this store</source>
        <translation>fehlgeschlagene Anmeldungen von „%1“, das kein Konto dieses Datenspeichers ist</translation>
    </message>
    <message>
        <source>a failed login of %1</source>
        <translation>eine fehlgeschlagene Anmeldung von %1</translation>
    </message>
    <message>
        <source>a lockout of %1</source>
        <translation>eine Kontosperre von %1</translation>
    </message>
    <message>
        <source>a failed login of an unknown user</source>
        <translation>eine fehlgeschlagene Anmeldung eines unbekannten Benutzers</translation>
    </message>
    <message>
        <source>keyslots.json counts %1 failed logins, fewer than the %2 recorded at an earlier login: its failed-login records were reset</source>
        <translation>keyslots.json zählt %1 fehlgeschlagene Anmeldungen, weniger als die %2 bei einer früheren Anmeldung erfassten: Die Einträge über fehlgeschlagene Anmeldungen wurden zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 failed logins were counted since the last login, but keyslots.json holds the records of only %2: the others were removed</source>
        <translation>seit der letzten Anmeldung wurden %1 fehlgeschlagene Anmeldungen gezählt, keyslots.json enthält jedoch nur die Einträge von %2: Die übrigen wurden entfernt</translation>
    </message>
    <message>
        <source>keyslots.json holds %1 failed-login records, but only %2 failed logins were counted since the last login: records were added</source>
        <translation>keyslots.json enthält %1 Einträge über fehlgeschlagene Anmeldungen, seit der letzten Anmeldung wurden jedoch nur %2 fehlgeschlagene Anmeldungen gezählt: Es wurden Einträge hinzugefügt</translation>
    </message>
    <message>
        <source>keyslots.json held failed-login records that cannot be true (a time in the future or before the last recorded event, or a name that is no account); they were written outside ReleaseDesk and are not taken as failed logins</source>
        <translation>keyslots.json enthielt Einträge über fehlgeschlagene Anmeldungen, die nicht zutreffen können (ein Zeitpunkt in der Zukunft oder vor dem zuletzt erfassten Ereignis oder ein Name, der kein Konto ist); sie wurden außerhalb von ReleaseDesk geschrieben und werden nicht als fehlgeschlagene Anmeldungen gewertet</translation>
    </message>
    <message>
        <source>keyslots.json held failed-login records that cannot be true; the audit trail records them as such: %1</source>
        <translation>keyslots.json enthielt Einträge über fehlgeschlagene Anmeldungen, die nicht zutreffen können; der Audit-Trail erfasst sie als solche: %1</translation>
    </message>
    <message>
        <source>The store will be re-keyed when this session ends (%1).</source>
        <translation>Der Datenspeicher wird neu verschlüsselt, wenn diese Sitzung endet (%1).</translation>
    </message>
    <message>
        <source>The re-key waits (%1); it is done when the store is next closed with nothing else open, or with releasedesk rekey.</source>
        <translation>Die Neuverschlüsselung wartet (%1); sie erfolgt, wenn der Datenspeicher das nächste Mal geschlossen wird und nichts anderes ihn geöffnet hat, oder mit releasedesk rekey.</translation>
    </message>
    <message>
        <source>The store was written to while it was being verified (events %1 to %2); verify again.</source>
        <translation>Während der Verifizierung wurde in den Datenspeicher geschrieben (Ereignisse %1 bis %2); verifizieren Sie erneut.</translation>
    </message>
    <message>
        <source>ok: %1 events, %2 checkpoints, %3 signatures, %4 records, %5 key certificates; root %6</source>
        <translation>ok: %1 Ereignisse, %2 Prüfpunkte, %3 Unterschriften, %4 Datensätze, %5 Schlüsselzertifikate; Stammschlüssel %6</translation>
    </message>
</context>
<context>
    <name>rd::SiteRegister</name>
    <message>
        <source>Cannot read the sites</source>
        <translation>Die Standorte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>register a site</source>
        <translation>einen Standort registrieren</translation>
    </message>
    <message>
        <source>A site needs a name of 1 to 256 characters.</source>
        <translation>Ein Standort benötigt einen Namen mit 1 bis 256 Zeichen.</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; needs its manufacturing authorisation (1 to 200 characters).</source>
        <translation>Für den Standort „%1“ ist die Herstellungserlaubnis anzugeben (1 bis 200 Zeichen).</translation>
    </message>
    <message>
        <source>The address of site &quot;%1&quot; is longer than 1000 characters.</source>
        <translation>Die Adresse des Standorts „%1“ ist länger als 1000 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot register the site</source>
        <translation>Der Standort kann nicht registriert werden</translation>
    </message>
</context>
<context>
    <name>rd::SpecificationService</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>product name: %1 → %2</source>
        <translation>Produktname: %1 → %2</translation>
    </message>
    <message>
        <source>strength: %1 → %2</source>
        <translation>Stärke: %1 → %2</translation>
    </message>
    <message>
        <source>%1: added (%2)</source>
        <translation>%1: hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>lower limit</source>
        <translation>untere Grenze</translation>
    </message>
    <message>
        <source>upper limit</source>
        <translation>obere Grenze</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>erwartetes Ergebnis</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>release-critical</source>
        <translation>freigabekritisch</translation>
    </message>
    <message>
        <source>may be pending at release</source>
        <translation>darf bei der Freigabe ausstehen</translation>
    </message>
    <message>
        <source>%1: removed (%2)</source>
        <translation>%1: entfernt (%2)</translation>
    </message>
    <message>
        <source>draft: judges nothing until a QA reviewer approves it</source>
        <translation>Entwurf: Anhand dieses Entwurfs wird nichts beurteilt, bis ein QA-Prüfer ihn genehmigt</translation>
    </message>
    <message>
        <source>effective %1 (in force before approvals were recorded)</source>
        <translation>gültig ab %1 (bereits gültig, bevor Genehmigungen erfasst wurden)</translation>
    </message>
    <message>
        <source>approved by %1 on %2, effective %3</source>
        <translation>genehmigt von %1 am %2, gültig ab %3</translation>
    </message>
    <message>
        <source>approve a specification</source>
        <translation>eine Spezifikation genehmigen</translation>
    </message>
    <message>
        <source>There is no specification of product %1.</source>
        <translation>Es gibt keine Spezifikation für Produkt %1.</translation>
    </message>
    <message>
        <source>Product %1 has no specification version %2 (it has %3).</source>
        <translation>Produkt %1 hat keine Spezifikationsversion %2 (vorhanden: %3).</translation>
    </message>
    <message>
        <source>%1 imported specification %2 version %3, so another QA reviewer approves it.</source>
        <translation>Spezifikation %2 Version %3 wurde von %1 importiert, daher muss ein anderer QA-Prüfer sie genehmigen.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ihnen</translation>
    </message>
    <message>
        <source>Cannot start the approval</source>
        <translation>Die Genehmigung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Cannot commit the approval</source>
        <translation>Die Genehmigung kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>judge a batch against another specification</source>
        <translation>eine Charge anhand einer anderen Spezifikation beurteilen</translation>
    </message>
    <message>
        <source>Say why batch %1 is judged against another version.</source>
        <translation>Geben Sie an, warum Charge %1 anhand einer anderen Version beurteilt wird.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Die Begründung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot start the re-judgement</source>
        <translation>Die Neubeurteilung kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>Es gibt keine Charge %1.</translation>
    </message>
    <message>
        <source>Specification %1 version %2 is a draft: a batch is judged only against an approved version.</source>
        <translation>Spezifikation %1 Version %2 ist ein Entwurf: Eine Charge wird nur anhand einer genehmigten Version beurteilt.</translation>
    </message>
    <message>
        <source>Batch %1 is already judged against specification %2 version %3.</source>
        <translation>Charge %1 wird bereits anhand der Spezifikation %2 Version %3 beurteilt.</translation>
    </message>
    <message>
        <source>judged against specification version %1</source>
        <translation>anhand der Spezifikationsversion %1 beurteilt</translation>
    </message>
    <message>
        <source>judged against specification version %1 instead of %2</source>
        <translation>anhand der Spezifikationsversion %1 statt %2 beurteilt</translation>
    </message>
    <message>
        <source>Cannot read the state of batch %1</source>
        <translation>Der Status der Charge %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot commit the re-judgement</source>
        <translation>Die Neubeurteilung kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>Specification %1 version %2 is already approved: %3.</source>
        <translation>Spezifikation %1 Version %2 ist bereits genehmigt: %3.</translation>
    </message>
    <message>
        <source>The workstation clock (%1) is behind the last event of the audit trail (%2): a specification cannot be approved at a time before what is already recorded. Set the clock right first.</source>
        <translation>Die Uhrzeit des Arbeitsplatzrechners (%1) liegt vor dem letzten Ereignis des Audit-Trails (%2): Eine Spezifikation kann nicht zu einem Zeitpunkt genehmigt werden, der vor dem bereits Erfassten liegt. Stellen Sie zuerst die Uhrzeit richtig ein.</translation>
    </message>
    <message>
        <source>Cannot read the store settings</source>
        <translation>Die Einstellungen des Datenspeichers können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the approval of specification %1 version %2</source>
        <translation>Die Genehmigung der Spezifikation %1 Version %2</translation>
    </message>
    <message>
        <source>%1 has no signature, and the version came after approvals were recorded.</source>
        <translation>%1 hat keine Unterschrift, und die Version kam erst hinzu, nachdem Genehmigungen erfasst wurden.</translation>
    </message>
    <message>
        <source>Cannot read the signatures</source>
        <translation>Die Unterschriften können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 names signature %2, which is missing.</source>
        <translation>%1 nennt die Unterschrift %2, die jedoch fehlt.</translation>
    </message>
    <message>
        <source>%1 is not what signature %2 approved.</source>
        <translation>%1 entspricht nicht dem, was mit der Unterschrift %2 genehmigt wurde.</translation>
    </message>
    <message>
        <source>%1 was signed by the person who imported it.</source>
        <translation>%1 wurde von der Person unterschrieben, die die Spezifikation importiert hat.</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>Die Begründung %1.</translation>
    </message>
</context>
<context>
    <name>rd::SqlCipherDriver</name>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Die Anweisung kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>Die Anweisung ist leer</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time</source>
        <translation>Es kann jeweils nur eine Anweisung ausgeführt werden</translation>
    </message>
    <message>
        <source>Cannot bind a value of type %1 to parameter %2</source>
        <translation>Ein Wert vom Typ %1 kann nicht an Parameter %2 gebunden werden</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation>Parameter %1 kann nicht gebunden werden</translation>
    </message>
    <message>
        <source>No value bound for parameter %1</source>
        <translation>Kein Wert an Parameter %1 gebunden</translation>
    </message>
    <message>
        <source>Too many values bound: the statement has %1 parameters, %2 given</source>
        <translation>Zu viele Werte gebunden: Die Anweisung hat %1 Parameter, übergeben wurden %2</translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation>Es wurde keine Anweisung vorbereitet</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Die Anweisung kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation>Die Zeile kann nicht abgerufen werden</translation>
    </message>
    <message>
        <source>Unknown connect option: %1</source>
        <translation>Unbekannte Verbindungsoption: %1</translation>
    </message>
    <message>
        <source>Unable to open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>Die Transaktion kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>Die Transaktion kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>Die Transaktion kann nicht zurückgesetzt werden</translation>
    </message>
    <message>
        <source>Unable to execute the script</source>
        <translation>Das Skript kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Unable to set the database key</source>
        <translation>Der Datenbankschlüssel kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 on SQLite %2</source>
        <translation>%1 auf SQLite %2</translation>
    </message>
    <message>
        <source>The transaction the statement was reading in was rolled back</source>
        <translation>Die Transaktion, in der die Anweisung las, wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>Unable to read the list of tables</source>
        <translation>Die Liste der Tabellen kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unable to read the columns of %1</source>
        <translation>Die Spalten von %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>rd::Store</name>
    <message>
        <source>%1: the store is busy because another ReleaseDesk process is writing to it; try again when it has finished.</source>
        <translation>%1: Der Datenspeicher ist belegt, weil ein anderer ReleaseDesk-Prozess darauf schreibt; versuchen Sie es erneut, sobald dieser fertig ist.</translation>
    </message>
    <message>
        <source>%1: records.db is damaged (%2); restore the store from a backup.</source>
        <translation>%1: records.db ist beschädigt (%2); stellen Sie den Datenspeicher aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was written.</source>
        <translation>%1: Der Datenträger ist voll; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: the store cannot be written (%2).</source>
        <translation>%1: Der Datenspeicher kann nicht beschrieben werden (%2).</translation>
    </message>
    <message>
        <source>%1: a disk error occurred (%2).</source>
        <translation>%1: Ein Datenträgerfehler ist aufgetreten (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot key %1</source>
        <translation>Der Schlüssel für %1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher (PRAGMA cipher_version gives no answer); ReleaseDesk cannot open encrypted stores with it.</source>
        <translation>Die verwendete SQLite-Bibliothek ist nicht SQLCipher (PRAGMA cipher_version liefert keine Antwort); ReleaseDesk kann damit keine verschlüsselten Datenspeicher öffnen.</translation>
    </message>
    <message>
        <source>Cannot select the SQLCipher 3 format</source>
        <translation>Das SQLCipher-3-Format kann nicht ausgewählt werden</translation>
    </message>
    <message>
        <source>Cannot configure %1</source>
        <translation>%1 kann nicht konfiguriert werden</translation>
    </message>
    <message>
        <source>records.db in %1 cannot be decrypted with this store&apos;s key: it is damaged or belongs to another store. Restore it from a backup.</source>
        <translation>records.db in %1 kann mit dem Schlüssel dieses Datenspeichers nicht entschlüsselt werden: Die Datei ist beschädigt oder gehört zu einem anderen Datenspeicher. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged (%2). Restore it from a backup.</source>
        <translation>records.db in %1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read records.db in %1</source>
        <translation>records.db in %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>records.db in %1 holds no ReleaseDesk data (it has no meta table); it was replaced or damaged. Restore it from a backup.</source>
        <translation>records.db in %1 enthält keine ReleaseDesk-Daten (es gibt keine meta-Tabelle); die Datei wurde ersetzt oder beschädigt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>records.db in %1 has no valid schema version (&quot;%2&quot;); it is damaged.</source>
        <translation>records.db in %1 hat keine gültige Schemaversion („%2“); die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer ReleaseDesk (schema version %2; this version reads up to %3). Use a newer ReleaseDesk; the store was not changed.</source>
        <translation>Der Datenspeicher %1 wurde von einer neueren ReleaseDesk-Version geschrieben (Schemaversion %2; diese Version liest bis %3). Verwenden Sie eine neuere ReleaseDesk-Version; der Datenspeicher wurde nicht verändert.</translation>
    </message>
    <message>
        <source>records.db in %1 belongs to another store (id %2, while keyslots.json says %3); the files were mixed up.</source>
        <translation>records.db in %1 gehört zu einem anderen Datenspeicher (ID %2, laut keyslots.json jedoch %3); die Dateien wurden vertauscht.</translation>
    </message>
    <message>
        <source>records.db in %1 is truncated: it holds %2 bytes of the %3 its header describes. Restore it from a backup.</source>
        <translation>records.db in %1 ist abgeschnitten: Die Datei enthält %2 der %3 Bytes, die ihr Header angibt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 already holds a records.db; a new store needs an empty folder.</source>
        <translation>%1 enthält bereits eine records.db; ein neuer Datenspeicher benötigt einen leeren Ordner.</translation>
    </message>
    <message>
        <source>records.db is missing from the store %1; restore it from a backup.</source>
        <translation>records.db fehlt im Datenspeicher %1; stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read records.db in %1: %2</source>
        <translation>records.db in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>records.db in %1 is an unencrypted SQLite database, not this store&apos;s encrypted one: it was replaced. Restore it from a backup.</source>
        <translation>records.db in %1 ist eine unverschlüsselte SQLite-Datenbank, nicht die verschlüsselte Datenbank dieses Datenspeichers: Die Datei wurde ersetzt. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged: its size, %2 bytes, is not a whole number of 1024-byte pages (was it truncated?). Restore it from a backup.</source>
        <translation>records.db in %1 ist beschädigt: Ihre Größe von %2 Bytes ist kein ganzzahliges Vielfaches von 1024-Byte-Seiten (wurde sie abgeschnitten?). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot switch records.db in %1 to write-ahead logging</source>
        <translation>records.db in %1 kann nicht auf Write-Ahead-Logging umgestellt werden</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged at page %2 (%3); restore the store from a backup.</source>
        <translation>records.db in %1 ist auf Seite %2 beschädigt (%3); stellen Sie den Datenspeicher aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged: %2</source>
        <translation>records.db in %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot set the page size</source>
        <translation>Die Seitengröße kann nicht eingestellt werden</translation>
    </message>
</context>
<context>
    <name>rd::StoreCreator</name>
    <message>
        <source>%1 is a file; a new store needs a new or empty folder.</source>
        <translation>%1 ist eine Datei; ein neuer Datenspeicher benötigt einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty; a new store needs a new or empty folder.</source>
        <translation>%1 ist nicht leer; ein neuer Datenspeicher benötigt einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1 auf SQLite %2</translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation>Der Datenspeicher kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot move the new store into place at %1.</source>
        <translation>Der neue Datenspeicher kann nicht nach %1 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>rd::StoreFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger übertragen werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk: %2</source>
        <translation>Der Ordner %1 kann nicht auf den Datenträger übertragen werden: %2</translation>
    </message>
    <message>
        <source>The store folder %1 is read-only (%2); ReleaseDesk records every login in the store and needs write access to it.</source>
        <translation>Der Datenspeicherordner %1 ist schreibgeschützt (%2); ReleaseDesk erfasst jede Anmeldung im Datenspeicher und benötigt Schreibzugriff darauf.</translation>
    </message>
    <message>
        <source>The store %1 is busy: another ReleaseDesk process is changing its key slots. Try again in a moment.</source>
        <translation>Der Datenspeicher %1 ist belegt: Ein anderer ReleaseDesk-Prozess ändert gerade seine Schlüsselslots. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot open the store folder %1: %2</source>
        <translation>Der Datenspeicherordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock the store folder %1: %2</source>
        <translation>Der Datenspeicherordner %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock the store %1: %2</source>
        <translation>Der Datenspeicher %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>The store %1 is open in another window or process; it can be re-keyed only when nothing else has it open.</source>
        <translation>Der Datenspeicher %1 ist in einem anderen Fenster oder Prozess geöffnet; er kann nur neu verschlüsselt werden, wenn nichts anderes ihn geöffnet hat.</translation>
    </message>
    <message>
        <source>The store %1 is being re-keyed by another process; try again in a moment.</source>
        <translation>Der Datenspeicher %1 wird gerade von einem anderen Prozess neu verschlüsselt; versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>rd::StoreVerifier</name>
    <message>
        <source>Cannot read the database schema: %1</source>
        <translation>Das Datenbankschema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot build the expected schema in memory.</source>
        <translation>Das erwartete Schema kann nicht im Arbeitsspeicher aufgebaut werden.</translation>
    </message>
    <message>
        <source>Cannot build the expected schema (migration %1): %2</source>
        <translation>Das erwartete Schema kann nicht aufgebaut werden (Migration %1): %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Cannot read the database schema: no connection.</source>
        <translation>Das Datenbankschema kann nicht gelesen werden: keine Verbindung.</translation>
    </message>
    <message>
        <source>The %1 %2 is missing from the database: it was removed outside ReleaseDesk.</source>
        <translation>%1 %2 fehlt in der Datenbank: Das Objekt wurde außerhalb von ReleaseDesk entfernt.</translation>
    </message>
    <message>
        <source>The %1 %2 is not the one ReleaseDesk made: it was replaced outside ReleaseDesk (it now reads: %3).</source>
        <translation>%1 %2 ist nicht das von ReleaseDesk angelegte Objekt: Es wurde außerhalb von ReleaseDesk ersetzt (jetzt: %3).</translation>
    </message>
    <message>
        <source>The database holds the %1 %2, which ReleaseDesk never made: it was added outside ReleaseDesk.</source>
        <translation>Die Datenbank enthält ein Objekt, das ReleaseDesk nie angelegt hat: %1 %2; es wurde außerhalb von ReleaseDesk hinzugefügt.</translation>
    </message>
    <message>
        <source>The store&apos;s root is %1, not %2 as expected: this is not the store whose fingerprint you hold, or its root was replaced.</source>
        <translation>Der Stammschlüssel des Datenspeichers ist %1, nicht wie erwartet %2: Dies ist nicht der Datenspeicher, dessen Fingerabdruck Sie haben, oder sein Stammschlüssel wurde ersetzt.</translation>
    </message>
    <message>
        <source>Signing key %1 cannot be trusted: %2</source>
        <translation>Der Signaturschlüssel %1 ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>keyslots.json records a checkpoint of %1 at event %2 that %1&apos;s certified key did not sign: keyslots.json was altered.</source>
        <translation>keyslots.json verzeichnet einen Prüfpunkt von %1 bei Ereignis %2, den der zertifizierte Schlüssel von %1 nicht signiert hat: keyslots.json wurde verändert.</translation>
    </message>
    <message>
        <source>Written outside ReleaseDesk, as no audit event recorded it: %1.</source>
        <translation>Außerhalb von ReleaseDesk geschrieben, da kein Audit-Ereignis es erfasst hat: %1.</translation>
    </message>
    <message>
        <source>Changed after audit event %1 recorded it: %2 (the rows are not the ones written then).</source>
        <translation>Geändert, nachdem Audit-Ereignis %1 es erfasst hat: %2 (die Zeilen sind nicht die damals geschriebenen).</translation>
    </message>
    <message>
        <source>Removed after audit event %1 recorded it: %2.</source>
        <translation>Entfernt, nachdem Audit-Ereignis %1 es erfasst hat: %2.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; uses the test-only minimum Argon2id cost; reset that password.</source>
        <translation>Der Schlüsselslot von „%1“ verwendet den nur für Tests vorgesehenen minimalen Argon2id-Kostenparameter; setzen Sie dieses Passwort zurück.</translation>
    </message>
    <message>
        <source>The recovery slot uses the test-only minimum Argon2id cost.</source>
        <translation>Der Wiederherstellungsslot verwendet den nur für Tests vorgesehenen minimalen Argon2id-Kostenparameter.</translation>
    </message>
    <message>
        <source>A re-key is due (%1): until it is done, a copy of a removed key slot still opens records.db. Run releasedesk rekey with nothing else open.</source>
        <translation>Eine Neuverschlüsselung ist fällig (%1): Bis sie erfolgt ist, öffnet eine Kopie eines entfernten Schlüsselslots weiterhin records.db. Führen Sie releasedesk rekey aus, während nichts anderes geöffnet ist.</translation>
    </message>
    <message>
        <source>Cannot read the signatures</source>
        <translation>Die Signaturen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>rd::Terminal</name>
    <message>
        <source>Standard input ended before line %1, which should hold the next password (see --help for the order).</source>
        <translation>Die Standardeingabe endete vor Zeile %1, die das nächste Passwort enthalten sollte (Reihenfolge siehe --help).</translation>
    </message>
    <message>
        <source>Line %1 of standard input is too long.</source>
        <translation>Zeile %1 der Standardeingabe ist zu lang.</translation>
    </message>
    <message>
        <source>There is no terminal to ask on; give the input on standard input with --password-stdin.</source>
        <translation>Es gibt kein Terminal für die Abfrage; übergeben Sie die Eingabe mit --password-stdin über die Standardeingabe.</translation>
    </message>
    <message>
        <source>No input was given.</source>
        <translation>Es wurde keine Eingabe gemacht.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>rd::Text</name>
    <message>
        <source>contains an invisible formatting character (U+%1)</source>
        <translation>enthält ein unsichtbares Formatierungszeichen (U+%1)</translation>
    </message>
    <message>
        <source>contains a line break; only a text such as notes or a reason may hold one</source>
        <translation>enthält einen Zeilenumbruch; nur ein Text wie Notizen oder eine Begründung darf einen enthalten</translation>
    </message>
    <message>
        <source>contains a tab; only a text such as notes or a reason may hold one</source>
        <translation>enthält einen Tabulator; nur ein Text wie Notizen oder eine Begründung darf einen enthalten</translation>
    </message>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>enthält ein Steuerzeichen (U+%1)</translation>
    </message>
    <message>
        <source>contains half of a surrogate pair (U+%1), which is no character</source>
        <translation>enthält die Hälfte eines Surrogatpaars (U+%1), die kein Zeichen ist</translation>
    </message>
</context>
<context>
    <name>rd::Upgrade</name>
    <message>
        <source>The store does not verify as it is, so it was not upgraded: %1</source>
        <translation>Der Datenspeicher lässt sich in seinem vorgefundenen Zustand nicht verifizieren und wurde daher nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>%1 is already current (key-slot format %2); there is nothing to upgrade.</source>
        <translation>%1 ist bereits aktuell (Schlüsselslot-Format %2); es gibt nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>keyslots.json of %1 was changed outside ReleaseDesk (its integrity code does not match), so the store was not upgraded. Restore keyslots.json from a backup first.</source>
        <translation>keyslots.json von %1 wurde außerhalb von ReleaseDesk geändert (der Integritätscode stimmt nicht überein), daher wurde der Datenspeicher nicht aktualisiert. Stellen Sie keyslots.json zuerst aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot read the store root</source>
        <translation>Der Stammschlüssel des Datenspeichers kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>records.db already names a root other than the one this upgrade made; it was not upgraded by this ReleaseDesk. Nothing was changed.</source>
        <translation>records.db nennt bereits einen anderen Stammschlüssel als den, den diese Aktualisierung erzeugt hat; die Datei wurde nicht von dieser ReleaseDesk-Version aktualisiert. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot upgrade the store</source>
        <translation>Der Datenspeicher kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot read the signing keys</source>
        <translation>Die Signaturschlüssel können nicht gelesen werden</translation>
    </message>
    <message>
        <source>key %1 of %2 (%3, %4)</source>
        <translation>Schlüssel %1 von %2 (%3, %4)</translation>
    </message>
    <message>
        <source>store made before key certificates, verified as it was, then upgraded with the recovery code; keys certified by the new root: %1</source>
        <translation>Datenspeicher aus der Zeit vor den Schlüsselzertifikaten, im vorgefundenen Zustand verifiziert, dann mit dem Wiederherstellungscode aktualisiert; vom neuen Stammschlüssel zertifizierte Schlüssel: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>Die Konten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>upgrade to key certificates</source>
        <translation>Aktualisierung auf Schlüsselzertifikate</translation>
    </message>
</context>
<context>
    <name>rd::UserFiles</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>eine FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is %2, not a regular file; choose another path.</source>
        <translation>Schreiben von %1 verweigert: Es ist %2, keine reguläre Datei; wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <source>Refusing to read %1: it is %2, not a regular file.</source>
        <translation>Lesen von %1 verweigert: Es ist %2, keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is inside the store folder %2, whose files must never be overwritten; choose a path outside it.</source>
        <translation>Schreiben von %1 verweigert: Es liegt im Datenspeicherordner %2, dessen Dateien niemals überschrieben werden dürfen; wählen Sie einen Pfad außerhalb davon.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; at most %3 MiB are read.</source>
        <translation>%1 ist %2 MiB groß; es werden höchstens %3 MiB gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: not enough memory for %2 MiB.</source>
        <translation>%1 kann nicht gelesen werden: nicht genug Arbeitsspeicher für %2 MiB.</translation>
    </message>
</context>
<context>
    <name>rd::Workflow</name>
    <message>
        <source>Awaiting QC approval</source>
        <translation>Wartet auf QC-Genehmigung</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Conditionally released</source>
        <translation>Bedingt freigegeben</translation>
    </message>
    <message>
        <source>Exceptional release (out of specification)</source>
        <translation>Ausnahmsweise freigegeben (außerhalb der Spezifikation)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>QC results approved</source>
        <translation>QC-Ergebnisse genehmigt</translation>
    </message>
    <message>
        <source>Exceptional release of out-of-specification product</source>
        <translation>Ausnahmsweise Freigabe von Produkt außerhalb der Spezifikation</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Hold lifted</source>
        <translation>Zurückstellung aufgehoben</translation>
    </message>
    <message>
        <source>I approve the QC results of this batch: they are complete as recorded, attributable and were obtained with the stated methods and instruments.</source>
        <translation>Ich genehmige die QC-Ergebnisse dieser Charge: Sie sind wie dokumentiert vollständig und zuordenbar und wurden mit den angegebenen Methoden und Geräten ermittelt.</translation>
    </message>
    <message>
        <source>I have reviewed the batch record and its QC results, and I have recorded a disposition for every exception.</source>
        <translation>Ich habe die Chargendokumentation und ihre QC-Ergebnisse geprüft und für jede Ausnahme eine Bewertung erfasst.</translation>
    </message>
    <message>
        <source>I certify that this batch was manufactured and tested in accordance with GMP and its marketing or trial authorisation, and release it for the patient.</source>
        <translation>Ich bestätige, dass diese Charge in Übereinstimmung mit der GMP und ihrer Zulassung bzw. Genehmigung der klinischen Prüfung hergestellt und geprüft wurde, und gebe sie für den Patienten frei.</translation>
    </message>
    <message>
        <source>I release this batch before every test is complete. The tests still pending are named below; their results will be assessed when they arrive.</source>
        <translation>Ich gebe diese Charge frei, bevor alle Tests abgeschlossen sind. Die noch ausstehenden Tests sind unten aufgeführt; ihre Ergebnisse werden bei Eingang beurteilt.</translation>
    </message>
    <message>
        <source>I release this batch although it does not meet its specification, at the written request of the treating physician and on the risk evaluation recorded below.</source>
        <translation>Ich gebe diese Charge frei, obwohl sie ihrer Spezifikation nicht entspricht, auf schriftliche Anforderung des behandelnden Arztes und auf Grundlage der unten dokumentierten Risikobewertung.</translation>
    </message>
    <message>
        <source>I reject this batch: it must not be administered.</source>
        <translation>Ich weise diese Charge zurück: Sie darf nicht angewendet werden.</translation>
    </message>
    <message>
        <source>I put this batch on hold: no decision may be taken on it until the hold is lifted.</source>
        <translation>Ich stelle diese Charge zurück: Bis zur Aufhebung der Zurückstellung darf keine Entscheidung über sie getroffen werden.</translation>
    </message>
    <message>
        <source>I lift the hold on this batch; its review continues.</source>
        <translation>Ich hebe die Zurückstellung dieser Charge auf; ihre Prüfung wird fortgesetzt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be signed while the batch is &quot;%2&quot;: %3</source>
        <translation>„%1“ kann nicht unterschrieben werden, solange die Charge den Status „%2“ hat: %3</translation>
    </message>
    <message>
        <source>the decision on it is final.</source>
        <translation>Die Entscheidung über sie ist endgültig.</translation>
    </message>
    <message>
        <source>its QC results have already been approved.</source>
        <translation>Ihre QC-Ergebnisse wurden bereits genehmigt.</translation>
    </message>
    <message>
        <source>its QC results must be approved first.</source>
        <translation>Ihre QC-Ergebnisse müssen zuerst genehmigt werden.</translation>
    </message>
    <message>
        <source>the hold must be lifted first.</source>
        <translation>Die Zurückstellung muss zuerst aufgehoben werden.</translation>
    </message>
    <message>
        <source>it has already been reviewed.</source>
        <translation>Sie wurde bereits geprüft.</translation>
    </message>
    <message>
        <source>it is already on hold.</source>
        <translation>Sie ist bereits zurückgestellt.</translation>
    </message>
    <message>
        <source>it is not on hold.</source>
        <translation>Sie ist nicht zurückgestellt.</translation>
    </message>
    <message>
        <source>only the final release or a rejection can follow.</source>
        <translation>Es kann nur noch die endgültige Freigabe oder eine Zurückweisung folgen.</translation>
    </message>
    <message>
        <source>the batch must be reviewed first.</source>
        <translation>Die Charge muss zuerst geprüft werden.</translation>
    </message>
</context>
<context>
    <name>rd::audit</name>
    <message>
        <source>Store created</source>
        <translation>Datenspeicher angelegt</translation>
    </message>
    <message>
        <source>Schema migrated</source>
        <translation>Schema migriert</translation>
    </message>
    <message>
        <source>Session opened</source>
        <translation>Sitzung geöffnet</translation>
    </message>
    <message>
        <source>Session locked (checkpoint)</source>
        <translation>Sitzung gesperrt (Prüfpunkt)</translation>
    </message>
    <message>
        <source>Session closed (checkpoint)</source>
        <translation>Sitzung geschlossen (Prüfpunkt)</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Anmeldung abgewiesen</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Signing key issued</source>
        <translation>Signaturschlüssel ausgestellt</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Wiederherstellungscode verwendet</translation>
    </message>
    <message>
        <source>Raw database key disclosed</source>
        <translation>Roher Datenbankschlüssel offengelegt</translation>
    </message>
    <message>
        <source>Clock went backwards</source>
        <translation>Systemzeit zurückgesprungen</translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation>Audit-Trail verifiziert</translation>
    </message>
    <message>
        <source>Account enabled again</source>
        <translation>Konto wieder aktiviert</translation>
    </message>
    <message>
        <source>Older records accepted</source>
        <translation>Älterer Datenbestand akzeptiert</translation>
    </message>
    <message>
        <source>File imported</source>
        <translation>Datei importiert</translation>
    </message>
    <message>
        <source>Record superseded</source>
        <translation>Datensatz ersetzt</translation>
    </message>
    <message>
        <source>Unassigned result assigned</source>
        <translation>Nicht zugeordnetes Ergebnis zugeordnet</translation>
    </message>
    <message>
        <source>Unassigned result rejected</source>
        <translation>Nicht zugeordnetes Ergebnis zurückgewiesen</translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation>Datensätze exportiert</translation>
    </message>
    <message>
        <source>Batch signed</source>
        <translation>Charge unterschrieben</translation>
    </message>
    <message>
        <source>Review started</source>
        <translation>Prüfung begonnen</translation>
    </message>
    <message>
        <source>Exception dispositioned</source>
        <translation>Ausnahme bewertet</translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation>Sitzung entsperrt</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Dokument ausgestellt</translation>
    </message>
    <message>
        <source>Security event signed (checkpoint)</source>
        <translation>Sicherheitsereignis signiert (Prüfpunkt)</translation>
    </message>
    <message>
        <source>Store re-keyed</source>
        <translation>Datenspeicher neu verschlüsselt</translation>
    </message>
    <message>
        <source>Store upgraded to key certificates</source>
        <translation>Datenspeicher auf Schlüsselzertifikate aktualisiert</translation>
    </message>
    <message>
        <source>Re-key due</source>
        <translation>Neuverschlüsselung fällig</translation>
    </message>
    <message>
        <source>Batch held after a rollback</source>
        <translation>Charge nach Rücksetzung auf älteren Datenbestand zurückgestellt</translation>
    </message>
    <message>
        <source>Failed-login record in keyslots.json not believed</source>
        <translation>Eintrag über fehlgeschlagene Anmeldung in keyslots.json nicht anerkannt</translation>
    </message>
    <message>
        <source>Batch held for a change under change control</source>
        <translation>Charge für eine Änderung im Rahmen der Änderungskontrolle zurückgestellt</translation>
    </message>
    <message>
        <source>Batch returned to QC approval by a change</source>
        <translation>Charge durch eine Änderung zur QC-Genehmigung zurückgesetzt</translation>
    </message>
    <message>
        <source>Account&apos;s person stated</source>
        <translation>Person des Kontos angegeben</translation>
    </message>
    <message>
        <source>Hand-over of a reset key confirmed</source>
        <translation>Übergabe eines beim Zurücksetzen ausgestellten Schlüssels bestätigt</translation>
    </message>
    <message>
        <source>Specification approved</source>
        <translation>Spezifikation genehmigt</translation>
    </message>
    <message>
        <source>Batch judged against another specification version</source>
        <translation>Charge anhand einer anderen Spezifikationsversion beurteilt</translation>
    </message>
</context>
<context>
    <name>rd::crypto</name>
    <message>
        <source>Key slot salt has the wrong length.</source>
        <translation>Das Salt des Schlüsselslots hat die falsche Länge.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel abzuleiten (Argon2id benötigt %1 MiB).</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Passwort-Hash zu berechnen.</translation>
    </message>
</context>
<context>
    <name>rd::qc::Baselines</name>
    <message>
        <source>Cannot read the frozen baselines</source>
        <translation>Die festgeschriebenen Referenzzeiträume können nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no frozen baseline &quot;%1&quot; for %2 of %3.</source>
        <translation>Es gibt keinen festgeschriebenen Referenzzeitraum „%1“ für %2 von %3.</translation>
    </message>
    <message>
        <source>Baselines are frozen by QC analysts and administrators; %1 is %2.</source>
        <translation>Referenzzeiträume werden von QC-Analytikern und Administratoren festgeschrieben; %1 hat die Rolle %2.</translation>
    </message>
    <message>
        <source>A baseline needs a name of 1 to 100 characters.</source>
        <translation>Ein Referenzzeitraum benötigt einen Namen mit 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>Cannot freeze the baseline</source>
        <translation>Der Referenzzeitraum kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>A baseline &quot;%1&quot; of %2 for %3 exists already; choose another name.</source>
        <translation>Ein Referenzzeitraum „%1“ für %2 von %3 ist bereits vorhanden; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>rd::qc::ControlStats</name>
    <message numerus="yes">
        <source>%n point(s): control limits need at least two.</source>
        <translation>
            <numerusform>%n Punkt: Eingriffsgrenzen erfordern mindestens zwei.</numerusform>
            <numerusform>%n Punkte: Eingriffsgrenzen erfordern mindestens zwei.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 values are %2: with no variation there are no control limits.</source>
        <translation>Alle %1 Werte sind %2: Ohne Streuung gibt es keine Eingriffsgrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n baseline point(s): a standard deviation needs at least two.</source>
        <translation>
            <numerusform>%n Punkt im Referenzzeitraum: Eine Standardabweichung erfordert mindestens zwei.</numerusform>
            <numerusform>%n Punkte im Referenzzeitraum: Eine Standardabweichung erfordert mindestens zwei.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 baseline values are %2: the standard deviation is zero.</source>
        <translation>Alle %1 Werte des Referenzzeitraums sind %2: Die Standardabweichung ist null.</translation>
    </message>
    <message>
        <source>The test has no numeric specification limits.</source>
        <translation>Der Test hat keine numerischen Spezifikationsgrenzen.</translation>
    </message>
    <message>
        <source>Not enough data: %1 point(s), capability needs at least %2.</source>
        <translation>Zu wenige Daten: %1 Punkt(e), für die Prozessfähigkeit sind mindestens %2 erforderlich.</translation>
    </message>
    <message>
        <source>No variation in %1 points: capability indices are not defined.</source>
        <translation>Keine Streuung in %1 Punkten: Prozessfähigkeitsindizes sind nicht definiert.</translation>
    </message>
</context>
<context>
    <name>rd::qc::OotRules</name>
    <message>
        <source>Cannot read the out-of-trend rules</source>
        <translation>Die OOT-Regeln können nicht gelesen werden</translation>
    </message>
    <message>
        <source>choose out-of-trend rules</source>
        <translation>OOT-Regeln festlegen</translation>
    </message>
    <message>
        <source>No specification of %1 has a numeric test %2.</source>
        <translation>Keine Spezifikation von %1 enthält einen numerischen Test %2.</translation>
    </message>
    <message>
        <source>Cannot change the out-of-trend rules</source>
        <translation>Die OOT-Regeln können nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>rd::qc::Rules</name>
    <message>
        <source>One point beyond 2 SD (warning).</source>
        <translation>Ein Punkt außerhalb von 2 SD (Warnung).</translation>
    </message>
    <message>
        <source>One point beyond 3 SD.</source>
        <translation>Ein Punkt außerhalb von 3 SD.</translation>
    </message>
    <message>
        <source>Two points in a row beyond 2 SD on the same side.</source>
        <translation>Zwei aufeinanderfolgende Punkte außerhalb von 2 SD auf derselben Seite.</translation>
    </message>
    <message>
        <source>Two points in a row, one beyond +2 SD and the other beyond −2 SD.</source>
        <translation>Zwei aufeinanderfolgende Punkte, einer über +2 SD und der andere unter −2 SD.</translation>
    </message>
    <message>
        <source>Four points in a row beyond 1 SD on the same side.</source>
        <translation>Vier aufeinanderfolgende Punkte außerhalb von 1 SD auf derselben Seite.</translation>
    </message>
    <message>
        <source>Ten points in a row on the same side of the mean.</source>
        <translation>Zehn aufeinanderfolgende Punkte auf derselben Seite des Mittelwerts.</translation>
    </message>
    <message>
        <source>One point more than 3 SD from the mean.</source>
        <translation>Ein Punkt mehr als 3 SD vom Mittelwert entfernt.</translation>
    </message>
    <message>
        <source>Nine points in a row on the same side of the mean.</source>
        <translation>Neun aufeinanderfolgende Punkte auf derselben Seite des Mittelwerts.</translation>
    </message>
    <message>
        <source>Six points in a row steadily increasing or decreasing.</source>
        <translation>Sechs aufeinanderfolgende Punkte stetig steigend oder fallend.</translation>
    </message>
    <message>
        <source>Fourteen points in a row alternating up and down.</source>
        <translation>Vierzehn aufeinanderfolgende Punkte abwechselnd steigend und fallend.</translation>
    </message>
    <message>
        <source>Two of three points in a row more than 2 SD from the mean, same side.</source>
        <translation>Zwei von drei aufeinanderfolgenden Punkten mehr als 2 SD vom Mittelwert entfernt, auf derselben Seite.</translation>
    </message>
    <message>
        <source>Four of five points in a row more than 1 SD from the mean, same side.</source>
        <translation>Vier von fünf aufeinanderfolgenden Punkten mehr als 1 SD vom Mittelwert entfernt, auf derselben Seite.</translation>
    </message>
    <message>
        <source>Fifteen points in a row within 1 SD of the mean.</source>
        <translation>Fünfzehn aufeinanderfolgende Punkte innerhalb von 1 SD um den Mittelwert.</translation>
    </message>
    <message>
        <source>Eight points in a row more than 1 SD from the mean, on both sides, none within.</source>
        <translation>Acht aufeinanderfolgende Punkte mehr als 1 SD vom Mittelwert entfernt, auf beiden Seiten, keiner innerhalb.</translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendAnalyzer</name>
    <message>
        <source>The baseline of %1 points is longer than the series (%2 points).</source>
        <translation>Der Referenzzeitraum von %1 Punkten ist länger als die Messreihe (%2 Punkte).</translation>
    </message>
    <message>
        <source>The frozen baseline has no usable standard deviation.</source>
        <translation>Der festgeschriebene Referenzzeitraum hat keine verwendbare Standardabweichung.</translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendData</name>
    <message>
        <source>A trend needs a product and a test.</source>
        <translation>Ein Trend erfordert ein Produkt und einen Test.</translation>
    </message>
    <message>
        <source>Cannot read the results for the trend</source>
        <translation>Die Ergebnisse für den Trend können nicht gelesen werden</translation>
    </message>
    <message>
        <source>There are no batches of %1%2 in this store.</source>
        <translation>In diesem Datenspeicher gibt es keine Chargen von %1%2.</translation>
    </message>
    <message>
        <source> made in the chosen dates</source>
        <translation> im gewählten Zeitraum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (e.g. batch %2)</source>
        <translation>„%1“ (z. B. Charge %2)</translation>
    </message>
    <message>
        <source>%1 of %2 is reported in more than one unit: %3; a trend needs one unit.</source>
        <translation>%1 von %2 wird in mehr als einer Einheit angegeben: %3; ein Trend erfordert eine einzige Einheit.</translation>
    </message>
    <message>
        <source>No specification of %1 has a numeric test %2.</source>
        <translation>Keine Spezifikation von %1 enthält einen numerischen Test %2.</translation>
    </message>
    <message>
        <source>Cannot read the products</source>
        <translation>Die Produkte können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the sites</source>
        <translation>Die Standorte können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendRequest</name>
    <message>
        <source>A trend needs a product and a test.</source>
        <translation>Ein Trend erfordert ein Produkt und einen Test.</translation>
    </message>
    <message>
        <source>The chart is imr or lj, not &quot;%1&quot;.</source>
        <translation>Die Regelkarte ist imr oder lj, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown rule in &quot;%1&quot;.</source>
        <translation>Unbekannte Regel in „%1“.</translation>
    </message>
    <message>
        <source>A baseline is a number of points, at least 2.</source>
        <translation>Ein Referenzzeitraum muss mindestens 2 Punkte umfassen.</translation>
    </message>
    <message>
        <source>A baseline by date needs both its first and its last date.</source>
        <translation>Ein Referenzzeitraum nach Datum erfordert sowohl ein Anfangs- als auch ein Enddatum.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) made between %1 and %2: a baseline needs at least two.</source>
        <translation>
            <numerusform>%n Charge zwischen %1 und %2 hergestellt: Ein Referenzzeitraum erfordert mindestens zwei.</numerusform>
            <numerusform>%n Chargen zwischen %1 und %2 hergestellt: Ein Referenzzeitraum erfordert mindestens zwei.</numerusform>
        </translation>
    </message>
    <message>
        <source>frozen baseline &quot;%1&quot;</source>
        <translation>festgeschriebener Referenzzeitraum „%1“</translation>
    </message>
    <message>
        <source>batches made from %1 to %2</source>
        <translation>Chargen, hergestellt von %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected point(s)</source>
        <translation>
            <numerusform>%n ausgewählter Punkt</numerusform>
            <numerusform>%n ausgewählte Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n point(s)</source>
        <translation>
            <numerusform>der erste Punkt (%n)</numerusform>
            <numerusform>die ersten %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>all points</source>
        <translation>alle Punkte</translation>
    </message>
</context>
<context>
    <name>rd::reports::Document</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Gedruckt von %1 am %2</translation>
    </message>
    <message>
        <source>%1 · store root %2</source>
        <translation>%1 · Stammschlüssel des Datenspeichers %2</translation>
    </message>
</context>
<context>
    <name>rd::reports::DocumentRegistry</name>
    <message>
        <source>%1 (%2%3, version %4, issued %5 UTC by %6)</source>
        <translation>%1 (%2%3, Version %4, ausgestellt am %5 UTC von %6)</translation>
    </message>
    <message>
        <source>Cannot read the document register</source>
        <translation>Das Dokumentenregister kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>FINAL CERTIFICATE. This replaces the provisional certificate %1 (version %2, issued %3 UTC): every result is now final.</source>
        <translation>ENDGÜLTIGES ZERTIFIKAT. Es ersetzt das vorläufige Zertifikat %1 (Version %2, ausgestellt am %3 UTC): Alle Ergebnisse sind jetzt endgültig.</translation>
    </message>
    <message>
        <source>This version %1 supersedes document %2 (version %3, issued %4 UTC), which no longer matches the record.</source>
        <translation>Diese Version %1 ersetzt das Dokument %2 (Version %3, ausgestellt am %4 UTC), das nicht mehr mit dem Datensatz übereinstimmt.</translation>
    </message>
    <message>
        <source>The document has no document id: prepare it first.</source>
        <translation>Das Dokument hat keine Dokument-ID: Bereiten Sie es zuerst vor.</translation>
    </message>
    <message>
        <source>Cannot record the document</source>
        <translation>Das Dokument kann nicht erfasst werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2, %3 (%4, %n page(s))%5</source>
        <translation>
            <numerusform>%1 Version %2, %3 (%4, %n Seite)%5</numerusform>
            <numerusform>%1 Version %2, %3 (%4, %n Seiten)%5</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>, draft</source>
        <translation>, Entwurf</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 ist keine PDF-Datei.</translation>
    </message>
    <message>
        <source>%1 carries no ReleaseDesk document id: it was not issued by ReleaseDesk, or its metadata was rewritten.</source>
        <translation>%1 enthält keine ReleaseDesk-Dokument-ID: Die Datei wurde nicht von ReleaseDesk ausgestellt, oder ihre Metadaten wurden überschrieben.</translation>
    </message>
    <message>
        <source>VALID: %1 is %2, and it matches the record and its signatures as they are now.</source>
        <translation>GÜLTIG: %1 ist %2 und stimmt mit dem Datensatz und seinen Unterschriften in ihrem aktuellen Stand überein.</translation>
    </message>
    <message>
        <source>NOT VALID: %1 claims to be %2.</source>
        <translation>NICHT GÜLTIG: %1 gibt vor, %2 zu sein.</translation>
    </message>
    <message>
        <source>The file was altered: it is not byte for byte the PDF that was issued.</source>
        <translation>Die Datei wurde verändert: Sie ist nicht Byte für Byte das ausgestellte PDF.</translation>
    </message>
    <message>
        <source>The document cannot be built again: %1</source>
        <translation>Das Dokument kann nicht erneut erstellt werden: %1</translation>
    </message>
    <message>
        <source>The record changed after the document was issued: printed today it would read differently, so it is no longer current.</source>
        <translation>Der Datensatz wurde nach der Ausstellung des Dokuments geändert: Heute gedruckt, würde es anders lauten; es ist daher nicht mehr aktuell.</translation>
    </message>
    <message>
        <source>The audit trail or a signature does not verify: %1</source>
        <translation>Der Audit-Trail oder eine Unterschrift lässt sich nicht verifizieren: %1</translation>
    </message>
    <message>
        <source>NOT VALID: %1 (document %2) was issued by the store whose root is %3; this store&apos;s root is %4.</source>
        <translation>NICHT GÜLTIG: %1 (Dokument %2) wurde von dem Datenspeicher mit dem Stammschlüssel %3 ausgestellt; der Stammschlüssel dieses Datenspeichers ist %4.</translation>
    </message>
    <message>
        <source>NOT VALID: document %1 is not in the register of this store: it was issued from another store, or not at all, or the store was put back to a time before it was issued.</source>
        <translation>NICHT GÜLTIG: Dokument %1 ist nicht im Register dieses Datenspeichers: Es wurde aus einem anderen Datenspeicher oder nie ausgestellt, oder der Datenspeicher wurde auf einen Stand vor der Ausstellung zurückgesetzt.</translation>
    </message>
    <message>
        <source>It was issued under store root %1, but this store&apos;s root is %2: it comes from another store, or this store&apos;s root was replaced.</source>
        <translation>Es wurde unter dem Stammschlüssel %1 ausgestellt, der Stammschlüssel dieses Datenspeichers ist jedoch %2: Es stammt aus einem anderen Datenspeicher, oder der Stammschlüssel dieses Datenspeichers wurde ersetzt.</translation>
    </message>
    <message>
        <source>The document hash it carries (%1) is not the one registered for it (%2): what it shows is not what was issued.</source>
        <translation>Der darin enthaltene Dokument-Hash (%1) ist nicht der dafür registrierte (%2): Was es zeigt, ist nicht das, was ausgestellt wurde.</translation>
    </message>
</context>
<context>
    <name>rd::reports::Documents</name>
    <message>
        <source>Certificate of Analysis</source>
        <translation>Analysenzertifikat</translation>
    </message>
    <message>
        <source>Batch Release Certificate</source>
        <translation>Chargenfreigabezertifikat</translation>
    </message>
    <message>
        <source>Batch Review Report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Audit-Trail Report</source>
        <translation>Audit-Trail-Bericht</translation>
    </message>
    <message>
        <source>Trend Report</source>
        <translation>Trendbericht</translation>
    </message>
</context>
<context>
    <name>rd::reports::Renderer</name>
    <message>
        <source>DRAFT — NOT FOR RELEASE</source>
        <translation>ENTWURF — NICHT ZUR FREIGABE</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Document %1 · version %2 · document hash %3</source>
        <translation>Dokument %1 · Version %2 · Dokument-Hash %3</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or file refused.</source>
        <translation>Der Druck kann nicht gestartet werden: Drucker oder Datei haben den Auftrag abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Seite %1 kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Der Druck wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot finish printing the document.</source>
        <translation>Der Druck des Dokuments kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>Cannot write the PDF: its creation time kept changing.</source>
        <translation>Das PDF kann nicht geschrieben werden: Sein Erstellungszeitpunkt hat sich fortlaufend geändert.</translation>
    </message>
    <message>
        <source>Point (batches in order of manufacture)</source>
        <translation>Punkt (Chargen in Reihenfolge der Herstellung)</translation>
    </message>
    <message>
        <source>USL</source>
        <translation>USL</translation>
    </message>
    <message>
        <source>UCL</source>
        <translation>UCL</translation>
    </message>
    <message>
        <source>CL</source>
        <translation>CL</translation>
    </message>
    <message>
        <source>LCL</source>
        <translation>LCL</translation>
    </message>
    <message>
        <source>LSL</source>
        <translation>LSL</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
</context>
<context>
    <name>rd::reports::ReportBuilder</name>
    <message>
        <source>Chain of identity</source>
        <translation>Chain of Identity</translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation>Chargendokumentation</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>Result: sample %1, test %2</source>
        <translation>Ergebnis: Probe %1, Test %2</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <source>Deviation %1</source>
        <translation>Abweichung %1</translation>
    </message>
    <message>
        <source>Environmental sample %1 (%2, grade %3)</source>
        <translation>Umgebungsprobe %1 (%2, Klasse %3)</translation>
    </message>
    <message>
        <source>Environmental sample %1</source>
        <translation>Umgebungsprobe %1</translation>
    </message>
    <message>
        <source>Custody: %1</source>
        <translation>Übergabe: %1</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chain of Custody</translation>
    </message>
    <message>
        <source>Material %1, lot %2</source>
        <translation>Material %1, Charge %2</translation>
    </message>
    <message>
        <source>Material %1</source>
        <translation>Material %1</translation>
    </message>
    <message>
        <source>Equipment %1</source>
        <translation>Ausrüstung %1</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>Unterschrift %1</translation>
    </message>
    <message>
        <source>Pending at release: %1</source>
        <translation>Bei Freigabe ausstehend: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Unchanged since signing</source>
        <translation>Seit der Unterschrift unverändert</translation>
    </message>
    <message>
        <source>CHANGED after signing: this signature no longer covers the current data</source>
        <translation>NACH DER UNTERSCHRIFT GEÄNDERT: Diese Unterschrift deckt die aktuellen Daten nicht mehr ab</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Data since signing</source>
        <translation>Daten seit Unterschrift</translation>
    </message>
    <message>
        <source>DIN %1 · patient reference %2 · collection %3 (%4, %5)</source>
        <translation>DIN %1 · Patientenreferenz %2 · Entnahme %3 (%4, %5)</translation>
    </message>
    <message>
        <source>%1 · Batch %2 · COI %3</source>
        <translation>%1 · Charge %2 · COI %3</translation>
    </message>
    <message>
        <source>PROVISIONAL CERTIFICATE. The batch was released before all results were in: %1 pending. A final certificate follows when the results are final.</source>
        <translation>VORLÄUFIGES ZERTIFIKAT. Die Charge wurde freigegeben, bevor alle Ergebnisse vorlagen: %1 ausstehend. Ein endgültiges Zertifikat folgt, sobald die Ergebnisse endgültig sind.</translation>
    </message>
    <message>
        <source>This batch does not conform to its specification: %1.</source>
        <translation>Diese Charge entspricht nicht ihrer Spezifikation: %1.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Manufacturing site</source>
        <translation>Herstellungsstandort</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>Hergestellt</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verfalldatum</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>%1 version %2, effective %3</source>
        <translation>%1 Version %2, gültig ab %3</translation>
    </message>
    <message>
        <source>none in force when the batch was made</source>
        <translation>keine, die bei der Herstellung der Charge gültig war</translation>
    </message>
    <message>
        <source>Final product sample</source>
        <translation>Endproduktprobe</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>Entspricht</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>Entspricht nicht</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>not yet tested</source>
        <translation>noch nicht durchgeführt</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Testdatum</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Results of the final product sample %1, judged against the specification above. A pending result is shown as pending; it is not a conclusion.</source>
        <translation>Ergebnisse der Endproduktprobe %1, beurteilt anhand der obigen Spezifikation. Ein ausstehendes Ergebnis wird als ausstehend angezeigt; es ist keine Beurteilung.</translation>
    </message>
    <message>
        <source>QC approval</source>
        <translation>QC-Genehmigung</translation>
    </message>
    <message>
        <source>The QC results of this batch are not approved yet.</source>
        <translation>Die QC-Ergebnisse dieser Charge sind noch nicht genehmigt.</translation>
    </message>
    <message>
        <source>%1 of batch %2 of %3 (state: %4)</source>
        <translation>%1 der Charge %2 von %3 (Status: %4)</translation>
    </message>
    <message>
        <source>EXCEPTIONAL RELEASE OF A BATCH OUT OF SPECIFICATION. %1 does not conform: %2. Released at the treating physician&apos;s request (%3) after a risk evaluation (%4).</source>
        <translation>AUSNAHMSWEISE FREIGABE EINER CHARGE AUSSERHALB DER SPEZIFIKATION. %1 entspricht nicht: %2. Freigegeben auf Anforderung des behandelnden Arztes (%3) nach einer Risikobewertung (%4).</translation>
    </message>
    <message>
        <source>CONDITIONAL RELEASE. Released before every result was final; the release is confirmed when they are.</source>
        <translation>BEDINGTE FREIGABE. Freigegeben, bevor alle Ergebnisse endgültig waren; die Freigabe wird bestätigt, sobald sie es sind.</translation>
    </message>
    <message>
        <source>conditions: results of %1 to follow</source>
        <translation>Bedingungen: Ergebnisse von %1 folgen</translation>
    </message>
    <message>
        <source>not registered (an administrator registers sites with &quot;releasedesk sites&quot;)</source>
        <translation>nicht registriert (ein Administrator registriert Standorte mit „releasedesk sites“)</translation>
    </message>
    <message>
        <source>not stated in the specification</source>
        <translation>in der Spezifikation nicht angegeben</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <source>Manufacturing authorisation</source>
        <translation>Herstellungserlaubnis</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Anschrift des Standorts</translation>
    </message>
    <message>
        <source>Date of manufacture</source>
        <translation>Herstellungsdatum</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Master batch record</source>
        <translation>Herstellungsvorschrift</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>I certify that the batch processing records and the quality control records of batch %1 have been reviewed, that the batch was manufactured and checked in compliance with Good Manufacturing Practice and its marketing or clinical-trial authorisation, and that it conforms to specification %2%3. Every exception found in review was assessed and dispositioned, as the batch review report records.</source>
        <translation>Hiermit bestätige ich, dass die Herstellungsprotokolle und die Qualitätskontrollprotokolle der Charge %1 geprüft wurden, dass die Charge in Übereinstimmung mit der Guten Herstellungspraxis und ihrer Zulassung bzw. Genehmigung der klinischen Prüfung hergestellt und geprüft wurde und dass sie der Spezifikation %2 entspricht%3. Jede bei der Prüfung festgestellte Ausnahme wurde beurteilt und bewertet, wie im Prüfbericht dokumentiert.</translation>
    </message>
    <message>
        <source>, except as stated on this page</source>
        <translation>, soweit auf dieser Seite nicht anders angegeben</translation>
    </message>
    <message>
        <source>Release signature</source>
        <translation>Freigabeunterschrift</translation>
    </message>
    <message>
        <source>Not signed: the batch has not been released.</source>
        <translation>Nicht unterschrieben: Die Charge wurde nicht freigegeben.</translation>
    </message>
    <message>
        <source>Appendix: Certificate of Analysis</source>
        <translation>Anhang: Analysenzertifikat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Datensatzversion</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Prozessschritte</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>%1 in all: %2 critical, %3 major, %4 minor, %5 for information; %6 without a current disposition</source>
        <translation>%1 insgesamt: %2 kritisch, %3 schwerwiegend, %4 geringfügig, %5 zur Information; %6 ohne aktuelle Bewertung</translation>
    </message>
    <message>
        <source>Exceptions and their dispositions</source>
        <translation>Ausnahmen und ihre Bewertungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Deviation: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>STALE: made for other data (%1)</source>
        <translation>VERALTET: für andere Daten erstellt (%1)</translation>
    </message>
    <message>
        <source>Blocks every release.</source>
        <translation>Blockiert jede Freigabe.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>By and when</source>
        <translation>Von wem und wann</translation>
    </message>
    <message>
        <source>The review found no exceptions.</source>
        <translation>Bei der Prüfung wurden keine Ausnahmen festgestellt.</translation>
    </message>
    <message>
        <source>Earlier dispositions</source>
        <translation>Frühere Bewertungen</translation>
    </message>
    <message>
        <source>Exception as it read</source>
        <translation>Ausnahme (damaliger Wortlaut)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>No signatures yet.</source>
        <translation>Noch keine Unterschriften.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Der Audit-Trail kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 audit events match; a report lists at most %2. Narrow it by days, user or action.</source>
        <translation>%1 Audit-Ereignisse entsprechen den Kriterien; ein Bericht enthält höchstens %2. Schränken Sie die Auswahl nach Tagen, Benutzer oder Aktion ein.</translation>
    </message>
    <message>
        <source>Whole store %1</source>
        <translation>Gesamter Datenspeicher %1</translation>
    </message>
    <message>
        <source>Audit trail of the store, events up to %1</source>
        <translation>Audit-Trail des Datenspeichers, Ereignisse bis %1</translation>
    </message>
    <message>
        <source>Audit trail of batch %1 of %2, events up to %3</source>
        <translation>Audit-Trail der Charge %1 von %2, Ereignisse bis %3</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>the whole store</source>
        <translation>der gesamte Datenspeicher</translation>
    </message>
    <message>
        <source>events about batch %1</source>
        <translation>Ereignisse zu Charge %1</translation>
    </message>
    <message>
        <source>Days (UTC)</source>
        <translation>Tage (UTC)</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>%1, in the order recorded, up to event %2</source>
        <translation>%1, in der Reihenfolge der Aufzeichnung, bis Ereignis %2</translation>
    </message>
    <message>
        <source>Audit-chain verification</source>
        <translation>Verifizierung der Audit-Kette</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>Die Kette konnte nicht verifiziert werden: %1</translation>
    </message>
    <message>
        <source>Verified when printed: the hash chain of all %1 events and %2 signed checkpoints is intact, and all %3 electronic signatures verify.</source>
        <translation>Beim Drucken verifiziert: Die Hash-Kette aller %1 Ereignisse und %2 signierten Prüfpunkte ist intakt, und alle %3 elektronischen Unterschriften wurden verifiziert.</translation>
    </message>
    <message>
        <source>THE AUDIT TRAIL FAILED VERIFICATION when printed: %1</source>
        <translation>DER AUDIT-TRAIL HAT DIE VERIFIZIERUNG NICHT BESTANDEN (beim Drucken): %1</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>Lfd. Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>No event matches.</source>
        <translation>Kein Ereignis entspricht den Kriterien.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Control chart of %1 %2, %n point(s)</source>
        <translation>
            <numerusform>Regelkarte für %1 %2, %n Punkt</numerusform>
            <numerusform>Regelkarte für %1 %2, %n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>version %1: lower %2, upper %3</source>
        <translation>Version %1: untere %2, obere %3</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hergestellt</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Individuals and moving range (I-MR)</source>
        <translation>Einzelwerte und gleitende Spannweite (I-MR)</translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation>Levey-Jennings</translation>
    </message>
    <message>
        <source>Limits from</source>
        <translation>Grenzen aus</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>No control limits: %1</source>
        <translation>Keine Eingriffsgrenzen: %1</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Einzelwerte</translation>
    </message>
    <message>
        <source>Moving range</source>
        <translation>Gleitende Spannweite</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Centre line</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>Upper control limit</source>
        <translation>Obere Eingriffsgrenze</translation>
    </message>
    <message>
        <source>Lower control limit</source>
        <translation>Untere Eingriffsgrenze</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Average moving range</source>
        <translation>Mittlere gleitende Spannweite</translation>
    </message>
    <message>
        <source>Moving range upper limit</source>
        <translation>Obere Grenze der gleitenden Spannweite</translation>
    </message>
    <message>
        <source>Lower specification limit</source>
        <translation>Untere Spezifikationsgrenze</translation>
    </message>
    <message>
        <source>Upper specification limit</source>
        <translation>Obere Spezifikationsgrenze</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Rule violations</source>
        <translation>Regelverletzungen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Points (batches)</source>
        <translation>Punkte (Chargen)</translation>
    </message>
    <message>
        <source>No rule is violated.</source>
        <translation>Keine Regel ist verletzt.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Prozessfähigkeit</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Nicht berechnet: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Sigma within (MR̄/1.128)</source>
        <translation>Sigma innerhalb (MR̄/1.128)</translation>
    </message>
    <message>
        <source>Sigma overall</source>
        <translation>Sigma gesamt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>No document of batch %1 can be printed: %2</source>
        <translation>Für Charge %1 kann kein Dokument gedruckt werden: %2</translation>
    </message>
    <message>
        <source>DRAFT: %1. The batch must be reviewed and decided again before a final document can be printed.</source>
        <translation>ENTWURF: %1. Die Charge muss erneut geprüft und über sie erneut entschieden werden, bevor ein endgültiges Dokument gedruckt werden kann.</translation>
    </message>
    <message>
        <source>%1 version %2 (not approved)</source>
        <translation>%1 Version %2 (nicht genehmigt)</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1, genehmigt von %2</translation>
    </message>
</context>
<context>
    <name>rd::reports::ReportRequest</name>
    <message>
        <source>A %1 is of one batch: name it.</source>
        <translation>Das Dokument „%1“ bezieht sich auf eine einzelne Charge: Geben Sie die Charge an.</translation>
    </message>
    <message>
        <source>The first day %1 is after the last day %2.</source>
        <translation>Der erste Tag %1 liegt nach dem letzten Tag %2.</translation>
    </message>
    <message>
        <source>Unknown document kind &quot;%1&quot;.</source>
        <translation>Unbekannte Dokumentart „%1“.</translation>
    </message>
    <message>
        <source>Documents are printed in %1; &quot;%2&quot; is none of them.</source>
        <translation>Dokumente können in %1 gedruckt werden; „%2“ ist keine dieser Sprachen.</translation>
    </message>
</context>
<context>
    <name>rd::ui</name>
    <message>
        <source>ReleaseDesk: batch review and release. Run &quot;releasedesk --help&quot; for the command-line verbs.</source>
        <translation>ReleaseDesk: Prüfung und Freigabe von Chargen. Führen Sie „releasedesk --help“ aus, um die Befehle der Befehlszeile anzuzeigen.</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>Der zu öffnende Datenspeicher.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation>Der Benutzername für die Anmeldung.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ReleaseDesk cannot start</source>
        <translation>ReleaseDesk kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Not enough memory to finish the task.</source>
        <translation>Nicht genügend Arbeitsspeicher, um die Aufgabe abzuschließen.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AccountsPage</name>
    <message>
        <source>&lt;h2&gt;Accounts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Konten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Accounts are disabled, never deleted, and user names are never reused, so that every record keeps naming the person who made it.</source>
        <translation>Konten werden deaktiviert, nie gelöscht, und Benutzernamen werden nie wiederverwendet, damit jeder Datensatz weiterhin die Person nennt, die ihn erstellt hat.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;anlegen…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Disabled %1 by %2: %3</source>
        <translation>Deaktiviert am %1 von %2: %3</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Aktiv, Passwortänderung erforderlich</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Added %1; the initial password must be changed at the first login.</source>
        <translation>%1 angelegt; das Initialpasswort muss bei der ersten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>Why is %1 being disabled? (recorded in the audit trail)</source>
        <translation>Warum wird %1 deaktiviert? (wird im Audit-Trail erfasst)</translation>
    </message>
    <message>
        <source>Disable %1? The account stays in the records but can no longer sign in. This cannot be undone; a new account would need a new user name.</source>
        <translation>%1 deaktivieren? Das Konto bleibt in den Datensätzen erhalten, kann sich aber nicht mehr anmelden. Dies kann nicht rückgängig gemacht werden; ein neues Konto würde einen neuen Benutzernamen benötigen.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>Only an administrator can change them.</source>
        <translation>Nur ein Administrator kann sie ändern.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Disabled %1. %2</source>
        <translation>%1 deaktiviert. %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Confirm &amp;hand-over…</source>
        <translation>Übergabe &amp;bestätigen…</translation>
    </message>
    <message>
        <source>After another administrator reset this account&apos;s password: confirm that its person received it, so that its key may sign.</source>
        <translation>Nachdem ein anderer Administrator das Passwort dieses Kontos zurückgesetzt hat: bestätigen, dass die Person des Kontos es erhalten hat, damit sein Schlüssel signieren darf.</translation>
    </message>
    <message>
        <source>; hand-over to confirm before it signs</source>
        <translation>; Übergabe muss vor dem Signieren bestätigt werden</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Confirm hand-over to %1</source>
        <translation>Übergabe an %1 bestätigen</translation>
    </message>
    <message>
        <source>Has the person of %1 received the account in person, and changed its temporary password themselves? Confirm only then: from now on its key signs for them.</source>
        <translation>Hat die Person von %1 das Konto persönlich erhalten und das temporäre Passwort selbst geändert? Bestätigen Sie nur dann: Ab jetzt signiert der Schlüssel des Kontos für diese Person.</translation>
    </message>
    <message>
        <source>Confirmed the hand-over to %1; its key may sign.</source>
        <translation>Übergabe an %1 bestätigt; der Schlüssel des Kontos darf jetzt signieren.</translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next login, and its key signs once another administrator confirms the hand-over.</source>
        <translation>Passwort von %1 zurückgesetzt; es muss bei der nächsten Anmeldung geändert werden, und der Schlüssel des Kontos signiert erst, wenn ein anderer Administrator die Übergabe bestätigt.</translation>
    </message>
    <message>
        <source>State &amp;person…</source>
        <translation>&amp;Person angeben…</translation>
    </message>
    <message>
        <source>For an account made before person identifiers: state the person it belongs to (an employee number), once.</source>
        <translation>Für ein Konto, das vor Einführung der Personenkennungen angelegt wurde: einmalig die Person angeben, der es gehört (eine Personalnummer).</translation>
    </message>
    <message>
        <source>State the person of %1</source>
        <translation>Person von %1 angeben</translation>
    </message>
    <message>
        <source>The employee number or other identifier unique to the person of %1. It is stated once and recorded in the audit trail.</source>
        <translation>Die Personalnummer oder eine andere Kennung, die nur der Person von %1 zugeordnet ist. Sie wird einmalig angegeben und im Audit-Trail erfasst.</translation>
    </message>
    <message>
        <source>%1

Is %2 that person? Yes links the two accounts: they are one person to every separation-of-duties rule.</source>
        <translation>%1

Ist %2 diese Person? Mit „Ja“ werden die beiden Konten verknüpft: Für jede Regel der Funktionstrennung gelten sie als eine Person.</translation>
    </message>
    <message>
        <source>%1 belongs to the person %2.</source>
        <translation>%1 gehört zur Person %2.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>e.g. j.devries</source>
        <translation>z. B. j.devries</translation>
    </message>
    <message>
        <source>as printed with signatures</source>
        <translation>wie bei Unterschriften gedruckt</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>&amp;Initialpasswort:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The user must change it at the first login.</source>
        <translation>Der Benutzer muss es bei der ersten Anmeldung ändern.</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <source>The initial password and its repetition differ.</source>
        <translation>Das Initialpasswort und seine Wiederholung stimmen nicht überein.</translation>
    </message>
    <message>
        <source>employee number, unique to the person</source>
        <translation>Personalnummer, eindeutig für die Person</translation>
    </message>
    <message>
        <source>This person already has an account: &amp;link it to them</source>
        <translation>Diese Person hat bereits ein Konto: mit ihr ver&amp;knüpfen</translation>
    </message>
    <message>
        <source>&amp;Person identifier:</source>
        <translation>&amp;Personenkennung:</translation>
    </message>
</context>
<context>
    <name>rd::ui::AssignDialog</name>
    <message>
        <source>Assign results to a QC sample</source>
        <translation>Ergebnisse einer QC-Probe zuordnen</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) (%1) measured on &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n Ergebnis (%1), gemessen an der Probe „%2“.</numerusform>
            <numerusform>%n Ergebnisse (%1), gemessen an der Probe „%2“.</numerusform>
        </translation>
    </message>
    <message>
        <source>QC sample</source>
        <translation>QC-Probe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why these results belong to that sample</source>
        <translation>Warum diese Ergebnisse zu dieser Probe gehören</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Probe:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Choose the product the sample is of…</source>
        <translation>Produkt der Probe auswählen…</translation>
    </message>
    <message>
        <source>Sample id, or choose the product first</source>
        <translation>Proben-ID, oder zuerst das Produkt auswählen</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>Änderungskontrolle</translation>
    </message>
    <message>
        <source>Only for a decided batch, e.g. CC-2026-014: repeat count after a counter fault</source>
        <translation>Nur für eine entschiedene Charge, z. B. CC-2026-014: Zählung nach einer Störung des Zellzählers wiederholt</translation>
    </message>
    <message>
        <source>A released or rejected batch changes only under change control: it goes on hold and its review and decision are signed again.</source>
        <translation>Eine freigegebene oder zurückgewiesene Charge wird nur im Rahmen einer Änderungskontrolle geändert: Sie wird zurückgestellt, und Prüfung und Entscheidung werden erneut unterschrieben.</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>P&amp;rodukt:</translation>
    </message>
    <message>
        <source>&amp;Change control:</source>
        <translation>Änderungs&amp;kontrolle:</translation>
    </message>
    <message>
        <source>%1 — batch %2, COI %3, patient %4, drawn %5</source>
        <translation>%1 — Charge %2, COI %3, Patient %4, gezogen %5</translation>
    </message>
    <message>
        <source>No sample of %1 was drawn in the three days before these results were measured.</source>
        <translation>In den drei Tagen vor der Messung dieser Ergebnisse wurde keine Probe von %1 gezogen.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AuditPage</name>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Audit-Trail&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter by user, action, record, value or reason</source>
        <translation>Nach Benutzer, Aktion, Datensatz, Wert oder Begründung filtern</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Audit-Trail durchsuchen</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Angezeigte Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>An audit-trail report of the store or of one batch, by days, user and action, with the chain verification: preview, print or PDF/A (Ctrl+P)</source>
        <translation>Ein Audit-Trail-Bericht des Datenspeichers oder einer Charge, nach Tagen, Benutzer und Aktion, mit Verifizierung der Kette: Vorschau, Drucken oder PDF/A (Ctrl+P)</translation>
    </message>
    <message>
        <source>Audit-trail report</source>
        <translation>Audit-Trail-Bericht</translation>
    </message>
    <message>
        <source>empty: the whole store</source>
        <translation>leer: gesamter Datenspeicher</translation>
    </message>
    <message>
        <source>Only &amp;these days (UTC):</source>
        <translation>Nur diese &amp;Tage (UTC):</translation>
    </message>
    <message>
        <source>empty: every user</source>
        <translation>leer: alle Benutzer</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Charge:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
</context>
<context>
    <name>rd::ui::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>rd::ui::BatchView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültig</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>ungültig erklärt</translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation>Chargendokumentation</translation>
    </message>
    <message>
        <source>◀ &amp;Queue</source>
        <translation>◀ &amp;Arbeitsliste</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Zurück zur Arbeitsliste</translation>
    </message>
    <message>
        <source>Back to the queue (Esc or Alt+Left)</source>
        <translation>Zurück zur Arbeitsliste (Esc oder Alt+Left)</translation>
    </message>
    <message>
        <source>Previous batch</source>
        <translation>Vorherige Charge</translation>
    </message>
    <message>
        <source>Alt+Page Up</source>
        <translation>Alt+Page Up</translation>
    </message>
    <message>
        <source>Next batch</source>
        <translation>Nächste Charge</translation>
    </message>
    <message>
        <source>Alt+Page Down</source>
        <translation>Alt+Page Down</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Unterschreiben…</translation>
    </message>
    <message>
        <source>Sign a decision on this batch (Ctrl+Shift+S)</source>
        <translation>Eine Entscheidung zu dieser Charge unterschreiben (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Parts of the batch record</source>
        <translation>Teile der Chargendokumentation</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Disposition comment</source>
        <translation>Kommentar zur Bewertung</translation>
    </message>
    <message>
        <source>Your assessment of this exception and why it is acceptable or what follows from it</source>
        <translation>Ihre Beurteilung dieser Ausnahme: warum sie akzeptabel ist oder welche Folgen sie hat</translation>
    </message>
    <message>
        <source>Deviation reference</source>
        <translation>Abweichungsnummer</translation>
    </message>
    <message>
        <source>&amp;Record disposition</source>
        <translation>Bewertung &amp;erfassen</translation>
    </message>
    <message>
        <source>Record disposition</source>
        <translation>Bewertung erfassen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>Zur &amp;Fundstelle</translation>
    </message>
    <message>
        <source>Go to where the exception points</source>
        <translation>Zur Fundstelle der Ausnahme gehen</translation>
    </message>
    <message>
        <source>Show where this exception points (Ctrl+G)</source>
        <translation>Zeigt die Stelle, auf die sich diese Ausnahme bezieht (Ctrl+G)</translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation>Ausnahme:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>&amp;Deviation:</source>
        <translation>Ab&amp;weichung:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Chain of identity and custody</source>
        <translation>Chain of Identity und Chain of Custody</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Seit vorherigem Ereignis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Temperature °C</source>
        <translation>Temperatur °C</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Prozessschritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Durchführender</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Zweitprüfer</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Manuelle Eingabe</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Bemerkungen</translation>
    </message>
    <message>
        <source>Materials and equipment</source>
        <translation>Materialien und Ausrüstung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Code / id</source>
        <translation>Code / ID</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Expiry / calibration due</source>
        <translation>Verfall / Kalibrierung fällig</translation>
    </message>
    <message>
        <source>QC results against specification</source>
        <translation>QC-Ergebnisse im Vergleich zur Spezifikation</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Testdatum</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analytiker</translation>
    </message>
    <message>
        <source>Method / instrument</source>
        <translation>Methode / Gerät</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Environmental monitoring</source>
        <translation>Umgebungsmonitoring</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Probenahme</translation>
    </message>
    <message>
        <source>≥0.5 µm/m³</source>
        <translation>≥0.5 µm/m³</translation>
    </message>
    <message>
        <source>≥5 µm/m³</source>
        <translation>≥5 µm/m³</translation>
    </message>
    <message>
        <source>CFU</source>
        <translation>KBE</translation>
    </message>
    <message>
        <source>Limits (alert / action)</source>
        <translation>Grenzen (Warn-/Aktionsgrenze)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterschrieben von</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Covers the record</source>
        <translation>Deckt den Datensatz ab</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit trail of this batch</source>
        <translation>Audit-Trail dieser Charge</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>E&amp;xceptions</source>
        <translation>Ausnah&amp;men</translation>
    </message>
    <message>
        <source>Identity and custody</source>
        <translation>Identität und Übergabe</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>QC results</source>
        <translation>QC-Ergebnisse</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Back to the &amp;queue</source>
        <translation>&amp;Zurück zur Arbeitsliste</translation>
    </message>
    <message>
        <source>&amp;Next batch</source>
        <translation>&amp;Nächste Charge</translation>
    </message>
    <message>
        <source>&amp;Previous batch</source>
        <translation>&amp;Vorherige Charge</translation>
    </message>
    <message>
        <source>Next &amp;exception to disposition</source>
        <translation>Nächste zu &amp;bewertende Ausnahme</translation>
    </message>
    <message>
        <source>&amp;Go to where the exception points</source>
        <translation>Zur &amp;Fundstelle der Ausnahme</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source> — ✖ NO LONGER COVERS the record</source>
        <translation> — ✖ deckt den Datensatz NICHT MEHR ab</translation>
    </message>
    <message>
        <source>Decision: none yet</source>
        <translation>Entscheidung: noch keine</translation>
    </message>
    <message>
        <source>Decision: %1 by %2, %3</source>
        <translation>Entscheidung: %1 von %2, %3</translation>
    </message>
    <message>
        <source>⚠ EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT at the treating physician&apos;s request (%1). This batch does not meet its specification.</source>
        <translation>⚠ AUSNAHMSWEISE FREIGABE VON PRODUKT AUSSERHALB DER SPEZIFIKATION auf Anforderung des behandelnden Arztes (%1). Diese Charge entspricht nicht ihrer Spezifikation.</translation>
    </message>
    <message>
        <source>✖ data changed since the disposition — needs a new one</source>
        <translation>✖ Daten seit der Bewertung geändert — neue Bewertung erforderlich</translation>
    </message>
    <message>
        <source>✖ needs a disposition</source>
        <translation>✖ Bewertung erforderlich</translation>
    </message>
    <message>
        <source> [blocks release]</source>
        <translation> [blockiert Freigabe]</translation>
    </message>
    <message>
        <source>E&amp;xceptions (none)</source>
        <translation>Ausnah&amp;men (keine)</translation>
    </message>
    <message>
        <source>E&amp;xceptions (%1, %2 open)</source>
        <translation>Ausnah&amp;men (%1, %2 offen)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Master batch record</source>
        <translation>Herstellungsvorschrift</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Datensatzstatus</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verfalldatum</translation>
    </message>
    <message>
        <source>Planned shipment</source>
        <translation>Geplanter Versand</translation>
    </message>
    <message>
        <source>Treatment centre</source>
        <translation>Behandlungszentrum</translation>
    </message>
    <message>
        <source>none in force</source>
        <translation>keine gültige</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Datensatzversion</translation>
    </message>
    <message>
        <source>Content hash (signed)</source>
        <translation>Inhalts-Hash (signiert)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Chain of Identity</translation>
    </message>
    <message>
        <source>DIN %1 · patient %2 · collection %3 at %4, %5</source>
        <translation>DIN %1 · Patient %2 · Entnahme %3 bei %4, %5</translation>
    </message>
    <message>
        <source>✖ see exceptions</source>
        <translation>✖ siehe Ausnahmen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4–%5)</source>
        <translation>%1 %2 %3 (%4–%5)</translation>
    </message>
    <message>
        <source>✖ not verified</source>
        <translation>✖ nicht verifiziert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>✖ expired when used</source>
        <translation>✖ bei Verwendung abgelaufen</translation>
    </message>
    <message>
        <source>✖ past calibration when used</source>
        <translation>✖ bei Verwendung Kalibrierung überfällig</translation>
    </message>
    <message>
        <source>✖ MISSING</source>
        <translation>✖ FEHLT</translation>
    </message>
    <message>
        <source>(in-process, not judged)</source>
        <translation>(In-Prozess, nicht beurteilt)</translation>
    </message>
    <message>
        <source>✔ conforms</source>
        <translation>✔ entspricht</translation>
    </message>
    <message>
        <source>✖ DOES NOT CONFORM</source>
        <translation>✖ ENTSPRICHT NICHT</translation>
    </message>
    <message>
        <source>⧗ pending</source>
        <translation>⧗ ausstehend</translation>
    </message>
    <message>
        <source>✖ invalidated: %1</source>
        <translation>✖ ungültig erklärt: %1</translation>
    </message>
    <message>
        <source>v%1 (supersedes v%2)</source>
        <translation>v%1 (ersetzt v%2)</translation>
    </message>
    <message>
        <source>v1</source>
        <translation>v1</translation>
    </message>
    <message>
        <source>QC results (specification v%1)</source>
        <translation>QC-Ergebnisse (Spezifikation v%1)</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1/%2 · %3/%4 · %5/%6</source>
        <translation>%1/%2 · %3/%4 · %5/%6</translation>
    </message>
    <message>
        <source>✖ excursion, see exceptions</source>
        <translation>✖ Überschreitung, siehe Ausnahmen</translation>
    </message>
    <message>
        <source>pending at signing: %1</source>
        <translation>bei der Unterschrift ausstehend: %1</translation>
    </message>
    <message>
        <source>physician&apos;s request %1; risk evaluation: %2</source>
        <translation>Anforderung des Arztes %1; Risikobewertung: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>✔ yes</source>
        <translation>✔ ja</translation>
    </message>
    <message>
        <source>✖ NO — the record changed after signing</source>
        <translation>✖ NEIN — der Datensatz wurde nach der Unterschrift geändert</translation>
    </message>
    <message>
        <source>Nothing you can sign on this batch now; the menu says why.</source>
        <translation>Zu dieser Charge können Sie derzeit nichts unterschreiben; das Menü nennt den Grund.</translation>
    </message>
    <message>
        <source>No exception selected.</source>
        <translation>Keine Ausnahme ausgewählt.</translation>
    </message>
    <message>
        <source> (deviation %1)</source>
        <translation> (Abweichung %1)</translation>
    </message>
    <message>
        <source>No disposition yet.</source>
        <translation>Noch keine Bewertung.</translation>
    </message>
    <message>
        <source>Batch facts</source>
        <translation>Chargendaten</translation>
    </message>
    <message>
        <source>Signatures so far</source>
        <translation>Bisherige Unterschriften</translation>
    </message>
    <message>
        <source>Exceptional release</source>
        <translation>Ausnahmsweise Freigabe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Selected exception</source>
        <translation>Ausgewählte Ausnahme</translation>
    </message>
    <message>
        <source>Disposition history</source>
        <translation>Bewertungsverlauf</translation>
    </message>
    <message>
        <source>Who may record dispositions</source>
        <translation>Wer Bewertungen erfassen darf</translation>
    </message>
    <message>
        <source>Disposition of the selected exception</source>
        <translation>Bewertung der ausgewählten Ausnahme</translation>
    </message>
    <message>
        <source>Exceptions and disposition</source>
        <translation>Ausnahmen und Bewertung</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>&amp;Certificate of Analysis…</source>
        <translation>&amp;Analysenzertifikat…</translation>
    </message>
    <message>
        <source>&amp;Release certificate…</source>
        <translation>&amp;Chargenfreigabezertifikat…</translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation>&amp;Prüfbericht…</translation>
    </message>
    <message>
        <source>&amp;Audit trail of this batch…</source>
        <translation>Audit-&amp;Trail dieser Charge…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Certificate of Analysis (Ctrl+P), release certificate, review report or audit trail: preview, print or export PDF/A</source>
        <translation>Analysenzertifikat (Ctrl+P), Chargenfreigabezertifikat, Prüfbericht oder Audit-Trail: Vorschau, Drucken oder Export als PDF/A</translation>
    </message>
    <message>
        <source>%1 · Site %2 · COI %3 · Patient %4 · State: %5 · Planned shipment %6 · Expiry %7</source>
        <translation>%1 · Standort %2 · COI %3 · Patient %4 · Status: %5 · Geplanter Versand %6 · Verfalldatum %7</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>A deviation of this batch (DEV-2026-0142), or one held elsewhere (external: QMS-2026-0042); needed where the exception blocks release</source>
        <translation>Eine Abweichung dieser Charge (DEV-2026-0142) oder eine in einem anderen System geführte (external: QMS-2026-0042); nötig, wo die Ausnahme die Freigabe verhindert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Not acceptable: the batch can then only be rejected.</source>
        <translation>Nicht akzeptabel: Die Charge kann dann nur zurückgewiesen werden.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <source>%1, %2: %3 — %4%5</source>
        <translation>%1, %2: %3 — %4%5</translation>
    </message>
    <message>
        <source>Chain of identity in doubt</source>
        <translation>Chain of Identity zweifelhaft</translation>
    </message>
    <message>
        <source>Identifier read</source>
        <translation>Gelesene Kennung</translation>
    </message>
    <message>
        <source>⚠ CHAIN OF IDENTITY IN DOUBT — no release of any kind:
%1</source>
        <translation>⚠ CHAIN OF IDENTITY ZWEIFELHAFT — keine Freigabe jeglicher Art:
%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source> = chain of identity</source>
        <translation> = Chain of Identity</translation>
    </message>
    <message>
        <source> ≠ chain of identity</source>
        <translation> ≠ Chain of Identity</translation>
    </message>
    <message>
        <source>&amp;Judge against another specification version…</source>
        <translation>Anhand einer anderen &amp;Spezifikationsversion beurteilen…</translation>
    </message>
    <message>
        <source>Judge batch %1 against another specification</source>
        <translation>Charge %1 anhand einer anderen Spezifikation beurteilen</translation>
    </message>
    <message>
        <source>Batch %1 is judged against version %2 of %3. Judged against another approved version, it goes back through QC approval and review; a decided batch needs change control and goes on hold.</source>
        <translation>Charge %1 wird anhand der Spezifikation %3 Version %2 beurteilt. Anhand einer anderen genehmigten Version beurteilt, durchläuft sie erneut QC-Genehmigung und Prüfung; eine entschiedene Charge erfordert eine Änderungskontrolle und wird zurückgestellt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Specification version</source>
        <translation>Spezifikationsversion</translation>
    </message>
    <message>
        <source>version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>Änderungskontrolle</translation>
    </message>
    <message>
        <source>A decided batch: CC-2026-014: reason</source>
        <translation>Eine entschiedene Charge: CC-2026-014: Begründung</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Change control:</source>
        <translation>Änderungs&amp;kontrolle:</translation>
    </message>
    <message>
        <source>&amp;Judge against it</source>
        <translation>Anhand dieser Version &amp;neu beurteilen</translation>
    </message>
    <message>
        <source>%1 has no other approved specification version.</source>
        <translation>%1 hat keine andere genehmigte Spezifikationsversion.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>%1, you must choose a new password before going on: this is your first login, or an administrator has reset your password.</source>
        <translation>%1, Sie müssen ein neues Passwort wählen, bevor Sie fortfahren: Dies ist Ihre erste Anmeldung, oder ein Administrator hat Ihr Passwort zurückgesetzt.</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Passwort von %1 ändern.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <source>Close the &amp;session</source>
        <translation>&amp;Sitzung beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Das neue Passwort und seine Wiederholung stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportFlow</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import records or results</source>
        <translation>Datensätze oder Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Records and results (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>Datensätze und Ergebnisse (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird importiert…</numerusform>
            <numerusform>%n Dateien werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Wird abgebrochen; es wird nichts geschrieben…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written in %1 s.</source>
        <translation>
            <numerusform>%n Zeile in %1 s geschrieben.</numerusform>
            <numerusform>%n Zeilen in %1 s geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store the new content as new versions? The stored versions stay readable, and the audit trail records the reason.</source>
        <translation>Den neuen Inhalt als neue Versionen speichern? Die gespeicherten Versionen bleiben lesbar, und der Audit-Trail erfasst die Begründung.</translation>
    </message>
    <message>
        <source>Import: content differs</source>
        <translation>Import: Inhalt weicht ab</translation>
    </message>
    <message>
        <source>Supersede</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Why is the stored content being superseded?</source>
        <translation>Warum wird der gespeicherte Inhalt ersetzt?</translation>
    </message>
    <message>
        <source>Nothing was written: superseding needs a reason.</source>
        <translation>Es wurde nichts geschrieben: Das Ersetzen erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>Import under change control? Each batch named goes on hold, and its review and decision must be signed again.</source>
        <translation>Unter Änderungskontrolle importieren? Jede genannte Charge wird zurückgestellt, und ihre Prüfung und Entscheidung müssen erneut unterschrieben werden.</translation>
    </message>
    <message>
        <source>Import: decided batches</source>
        <translation>Import: entschiedene Chargen</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>Änderungskontrolle</translation>
    </message>
    <message>
        <source>Change-control reference and reason (REFERENCE: reason), for example CC-2026-014: viability repeated after a counter fault</source>
        <translation>Referenz und Begründung der Änderungskontrolle (REFERENZ: Begründung), zum Beispiel CC-2026-014: Viabilität nach einer Störung des Zellzählers wiederholt</translation>
    </message>
</context>
<context>
    <name>rd::ui::InboxModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Sample in the file</source>
        <translation>Probe in der Datei</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analytiker</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>rd::ui::InboxPage</name>
    <message>
        <source>&lt;h2&gt;Unassigned results&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nicht zugeordnete Ergebnisse&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Results whose sample matched no QC sample of a batch wait here with every value as imported. A QC analyst assigns them to the sample they were measured on, or rejects them; both need a reason and go into the audit trail.</source>
        <translation>Ergebnisse, deren Probe keiner QC-Probe einer Charge entsprach, warten hier mit allen Werten wie importiert. Ein QC-Analytiker ordnet sie der Probe zu, an der sie gemessen wurden, oder weist sie zurück; beides erfordert eine Begründung und wird im Audit-Trail erfasst.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter by sample, test, instrument, analyst or file</source>
        <translation>Nach Probe, Test, Gerät, Analytiker oder Datei filtern</translation>
    </message>
    <message>
        <source>Unassigned results</source>
        <translation>Nicht zugeordnete Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Assign to sample…</source>
        <translation>Einer Probe &amp;zuordnen…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Zu&amp;rückweisen…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) shown</source>
        <translation>
            <numerusform>%n Ergebnis angezeigt</numerusform>
            <numerusform>%n Ergebnisse angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n ausgewählt</numerusform>
            <numerusform>, %n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n result(s) to sample %1.</source>
        <translation>
            <numerusform>%n Ergebnis der Probe %1 zugeordnet.</numerusform>
            <numerusform>%n Ergebnisse der Probe %1 zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject results</source>
        <translation>Ergebnisse zurückweisen</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n result(s) rejected? (for the audit trail)</source>
        <translation>
            <numerusform>Warum wird %n Ergebnis zurückgewiesen? (für den Audit-Trail)</numerusform>
            <numerusform>Warum werden diese %n Ergebnisse zurückgewiesen? (für den Audit-Trail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n result(s).</source>
        <translation>
            <numerusform>%n Ergebnis zurückgewiesen.</numerusform>
            <numerusform>%n Ergebnisse zurückgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation>Angezeigte Ergebnisse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>rd::ui::LockCover</name>
    <message>
        <source>ReleaseDesk is locked</source>
        <translation>ReleaseDesk ist gesperrt</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation>Als &amp;anderer Benutzer anmelden…</translation>
    </message>
    <message>
        <source>Ends this session (anything unsaved in open dialogs is discarded) and signs another user in.</source>
        <translation>Beendet diese Sitzung (nicht Gespeichertes in offenen Dialogen wird verworfen) und meldet einen anderen Benutzer an.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Unlock in the ReleaseDesk window in front.</source>
        <translation>Entsperren Sie im vorderen ReleaseDesk-Fenster.</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Datenspeicher</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Close store</source>
        <translation>Datenspeicher s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>Ü&amp;ber ReleaseDesk</translation>
    </message>
    <message>
        <source>ReleaseDesk — %1</source>
        <translation>ReleaseDesk — %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenspeicher: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>Checkpoint not recorded</source>
        <translation>Prüfpunkt nicht erfasst</translation>
    </message>
    <message>
        <source>The session ended, but its audit checkpoint could not be signed: %1</source>
        <translation>Die Sitzung wurde beendet, aber ihr Audit-Prüfpunkt konnte nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Vorgang läuft noch</translation>
    </message>
    <message>
        <source>ReleaseDesk is finishing a task; close the window again in a moment.</source>
        <translation>ReleaseDesk schließt gerade eine Aufgabe ab; schließen Sie das Fenster gleich noch einmal.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>Über ReleaseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReleaseDesk&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Batch-record and QC review for cell-therapy manufacturing.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. It uses QCustomPlot (GPL-3.0), Qt (LGPL-3.0), SQLCipher (BSD) and libsodium (ISC).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReleaseDesk&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Prüfung von Chargendokumentation und QC-Ergebnissen in der Herstellung von Zelltherapeutika.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später. Verwendet QCustomPlot (GPL-3.0), Qt (LGPL-3.0), SQLCipher (BSD) und libsodium (ISC).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import specifications, batch records or QC results (JSON, CSV, Allotrope)</source>
        <translation>Spezifikationen, Chargendokumentationen oder QC-Ergebnisse importieren (JSON, CSV, Allotrope)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Unassigned results</source>
        <translation>Nicht zugeordnete Ergebnisse</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <source>Unassigned results (%1)</source>
        <translation>Nicht zugeordnete Ergebnisse (%1)</translation>
    </message>
    <message>
        <source>Signed-in user and role</source>
        <translation>Angemeldeter Benutzer und Rolle</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Datenspeicher öffnen</translation>
    </message>
    <message>
        <source>Time until the window locks</source>
        <translation>Zeit bis zur Sperrung des Fensters</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Charge</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>Sign &amp;as</source>
        <translation>Unterschreiben &amp;als</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation>Sperrung in %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without input (Ctrl+L locks it now).</source>
        <translation>
            <numerusform>Das Fenster wird nach %n Minute ohne Eingabe gesperrt (Ctrl+L sperrt es sofort).</numerusform>
            <numerusform>Das Fenster wird nach %n Minuten ohne Eingabe gesperrt (Ctrl+L sperrt es sofort).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>The lock&apos;s audit checkpoint could not be signed: %1</source>
        <translation>Der Audit-Prüfpunkt der Sperrung konnte nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Geben Sie Ihr Passwort ein, um zu entsperren.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Entsperrt.</translation>
    </message>
    <message>
        <source>ReleaseDesk</source>
        <translation>ReleaseDesk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Navigation and page</source>
        <translation>Navigation und Seite</translation>
    </message>
    <message>
        <source>Batch %1 cannot be opened.</source>
        <translation>Charge %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>Dokument &amp;verifizieren…</translation>
    </message>
    <message>
        <source>Check that a PDF issued by ReleaseDesk is unaltered and matches the record</source>
        <translation>Verifizieren, ob ein von ReleaseDesk ausgestelltes PDF unverändert ist und mit dem Datensatz übereinstimmt</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, default store, printed documents, chart defaults and appearance</source>
        <translation>Sprache, Standard-Datenspeicher, gedruckte Dokumente, Diagrammvorgaben und Darstellung</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Spezifikationen</translation>
    </message>
</context>
<context>
    <name>rd::ui::PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Passwort verbergen</translation>
    </message>
</context>
<context>
    <name>rd::ui::QueueModel</name>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>no shipment planned</source>
        <translation>kein Versand geplant</translation>
    </message>
    <message>
        <source>shipped conditionally</source>
        <translation>bedingt versandt</translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation>ÜBERFÄLLIG seit %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 — blocks release</source>
        <translation>%1 — blockiert Freigabe</translation>
    </message>
    <message>
        <source>The planned shipment to %1 has passed: a patient is waiting.</source>
        <translation>Der geplante Versand an %1 ist überschritten: Ein Patient wartet.</translation>
    </message>
    <message>
        <source>Exceptions are being computed.</source>
        <translation>Ausnahmen werden berechnet.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Chain of Identity</translation>
    </message>
    <message>
        <source>Planned shipment</source>
        <translation>Geplanter Versand</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Minor / info</source>
        <translation>Geringfügig / Info</translation>
    </message>
    <message>
        <source>To disposition</source>
        <translation>Zu bewerten</translation>
    </message>
    <message>
        <source>%1 — signatures no longer cover</source>
        <translation>%1 — Unterschriften decken den Datensatz nicht mehr ab</translation>
    </message>
    <message>
        <source>The record changed after the decision was signed: the batch must be reviewed and decided again, and its documents print as DRAFT.</source>
        <translation>Der Datensatz wurde geändert, nachdem die Entscheidung unterschrieben wurde: Die Charge muss erneut geprüft und über sie erneut entschieden werden, und ihre Dokumente werden als ENTWURF gedruckt.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Verfalldatum</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>EXPIRED %1 ago</source>
        <translation>VERFALLEN seit %1</translation>
    </message>
    <message>
        <source>Expired on %1: the product cannot be released.</source>
        <translation>Verfallen am %1: das Produkt kann nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Verfällt am %1.</translation>
    </message>
</context>
<context>
    <name>rd::ui::QueuePage</name>
    <message>
        <source>Queue</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>&amp;Made between</source>
        <translation>Hergestellt &amp;zwischen</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Hergestellt ab</translation>
    </message>
    <message>
        <source>Made until</source>
        <translation>Hergestellt bis</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Arbeitsliste durchsuchen</translation>
    </message>
    <message>
        <source>Search batch, product, site, COI or state (Ctrl+F)</source>
        <translation>Charge, Produkt, Standort, COI oder Status suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sort by &amp;urgency</source>
        <translation>Nach &amp;Dringlichkeit sortieren</translation>
    </message>
    <message>
        <source>Sort by urgency</source>
        <translation>Nach Dringlichkeit sortieren</translation>
    </message>
    <message>
        <source>Batches in the queue</source>
        <translation>Chargen in der Arbeitsliste</translation>
    </message>
    <message>
        <source>Exceptions computed</source>
        <translation>Ausnahmenberechnung</translation>
    </message>
    <message>
        <source>Exceptions computed: %v of %m</source>
        <translation>Ausnahmen berechnet: %v von %m</translation>
    </message>
    <message>
        <source>Still to decide</source>
        <translation>Noch zu entscheiden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>%1 of %2 batches shown.%3</source>
        <translation>%1 von %2 Chargen angezeigt.%3</translation>
    </message>
    <message numerus="yes">
        <source> %n batch(es) past their planned shipment.</source>
        <translation>
            <numerusform> %n Charge hat den geplanten Versandtermin überschritten.</numerusform>
            <numerusform> %n Chargen haben den geplanten Versandtermin überschritten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches shown</source>
        <translation>Angezeigte Chargen</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>S&amp;tandort:</translation>
    </message>
    <message>
        <source>Shown: %1, the most urgent first; reading the rest of the queue…</source>
        <translation>Angezeigt: %1, die dringendsten zuerst; der Rest der Arbeitsliste wird gelesen…</translation>
    </message>
</context>
<context>
    <name>rd::ui::ReportFlow</name>
    <message>
        <source>Export %1 as PDF/A</source>
        <translation>%1 als PDF/A exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF/A</source>
        <translation>PDF/A exportieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2 written to %3 (%n page(s)).</source>
        <translation>
            <numerusform>%1 Version %2 nach %3 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 Version %2 nach %3 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview — %1 %2 (%3)</source>
        <translation>Druckvorschau — %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printed, but not recorded in the register: %1</source>
        <translation>Gedruckt, aber nicht im Register erfasst: %1</translation>
    </message>
    <message>
        <source>Export PDF/A…</source>
        <translation>PDF/A exportieren…</translation>
    </message>
    <message>
        <source>Write this document as a PDF/A file (Ctrl+E)</source>
        <translation>Dieses Dokument als PDF/A-Datei schreiben (Ctrl+E)</translation>
    </message>
    <message>
        <source>Verify a document</source>
        <translation>Dokument verifizieren</translation>
    </message>
</context>
<context>
    <name>rd::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Set a temporary password for %1 and give it to them in person. They must change it at the next login. A lockout is lifted, and the account gets a new signing key.</source>
        <translation>Legen Sie ein temporäres Passwort für %1 fest und übergeben Sie es der Person persönlich. Es muss bei der nächsten Anmeldung geändert werden. Eine Kontosperre wird aufgehoben, und das Konto erhält einen neuen Signaturschlüssel.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Temporäres Passwort:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The temporary password and its repetition differ.</source>
        <translation>Das temporäre Passwort und seine Wiederholung stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>rd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>the store opened last</source>
        <translation>zuletzt geöffneter Datenspeicher</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Forget recent stores</source>
        <translation>Liste zuletzt geöffneter Datenspeicher &amp;leeren</translation>
    </message>
    <message>
        <source>By the system&apos;s measurement units (A4 or Letter)</source>
        <translation>Nach den Maßeinheiten des Systems (A4 oder Letter)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>The language of the window</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>I and MR chart</source>
        <translation>I-MR-Karte</translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation>Levey-Jennings</translation>
    </message>
    <message>
        <source>Histogram and capability</source>
        <translation>Histogramm und Prozessfähigkeit</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Nelson tests</source>
        <translation>Nelson-Tests</translation>
    </message>
    <message>
        <source>Westgard rules</source>
        <translation>Westgard-Regeln</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Dieser Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Default &amp;store:</source>
        <translation>S&amp;tandard-Datenspeicher:</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Gedruckte Dokumente</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Print &amp;in:</source>
        <translation>Dokumentspr&amp;ache:</translation>
    </message>
    <message>
        <source>New trend charts</source>
        <translation>Neue Trenddiagramme</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>Dia&amp;gramm:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referenzzeitraum:</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>R&amp;egeln:</translation>
    </message>
    <message>
        <source>This store (every workstation)</source>
        <translation>Dieser Datenspeicher (alle Arbeitsplätze)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Sperren nach &amp;Inaktivität:</translation>
    </message>
    <message>
        <source>Set by an administrator.</source>
        <translation>Wird von einem Administrator festgelegt.</translation>
    </message>
    <message>
        <source>Default store</source>
        <translation>Standard-Datenspeicher</translation>
    </message>
</context>
<context>
    <name>rd::ui::SignDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronische Unterschrift</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Unterschreiben: %1</translation>
    </message>
    <message>
        <source>Batch %1 (%2), record version %3, now &quot;%4&quot;.
Content hash: %5
Signed by %6 (%7) as %8.%9</source>
        <translation>Charge %1 (%2), Datensatzversion %3, aktueller Status „%4“.
Inhalts-Hash: %5
Unterschrift von %6 (%7) in der Rolle %8.%9</translation>
    </message>
    <message>
        <source>
Still pending: %1.</source>
        <translation>
Noch ausstehend: %1.</translation>
    </message>
    <message>
        <source>⚠ This batch does NOT meet its specification. An exceptional release is made only at the treating physician&apos;s written request, on a recorded risk evaluation, and is stated on every screen and document of this batch.</source>
        <translation>⚠ Diese Charge entspricht NICHT ihrer Spezifikation. Eine ausnahmsweise Freigabe erfolgt nur auf schriftliche Anforderung des behandelnden Arztes und auf Grundlage einer dokumentierten Risikobewertung; sie wird auf jedem Bildschirm und jedem Dokument dieser Charge ausgewiesen.</translation>
    </message>
    <message>
        <source>Physician&apos;s request reference</source>
        <translation>Referenz der ärztlichen Anforderung</translation>
    </message>
    <message>
        <source>e.g. letter of Dr. N. Visser, 2026-11-20</source>
        <translation>z. B. Schreiben von Dr. N. Visser, 2026-11-20</translation>
    </message>
    <message>
        <source>&amp;Physician&apos;s request:</source>
        <translation>Ärztliche &amp;Anforderung:</translation>
    </message>
    <message>
        <source>Risk evaluation</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <source>&amp;Risk evaluation:</source>
        <translation>&amp;Risikobewertung:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>&amp;Begründung (erforderlich):</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>Ihr &amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>Geben Sie Ihr Passwort ein, um zu unterschreiben.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Unterschrift läuft</translation>
    </message>
    <message>
        <source>Sign or cancel</source>
        <translation>Unterschreiben oder abbrechen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Out of specification: %1. Name the OOS investigation that assessed it; it is signed with the approval.</source>
        <translation>Außerhalb der Spezifikation: %1. Geben Sie die OOS-Untersuchung an, in der dies bewertet wurde; sie wird mit der Freigabe unterschrieben.</translation>
    </message>
    <message>
        <source>OOS investigation reference</source>
        <translation>Referenz der OOS-Untersuchung</translation>
    </message>
    <message>
        <source>e.g. OOS-2026-031</source>
        <translation>z. B. OOS-2026-031</translation>
    </message>
    <message>
        <source>OOS &amp;investigation:</source>
        <translation>&amp;OOS-Untersuchung:</translation>
    </message>
</context>
<context>
    <name>rd::ui::SpecApprovalDialog</name>
    <message>
        <source>Approve a specification</source>
        <translation>Eine Spezifikation genehmigen</translation>
    </message>
    <message>
        <source>Approve specification %1 version %2</source>
        <translation>Spezifikation %1 Version %2 genehmigen</translation>
    </message>
    <message>
        <source>Specification approved</source>
        <translation>Spezifikation genehmigt</translation>
    </message>
    <message>
        <source>By signing I approve this version as the specification that batches of %1 made from the day it takes effect are judged against. I have compared it with the version it replaces.</source>
        <translation>Mit meiner Unterschrift genehmige ich diese Version als die Spezifikation, anhand derer Chargen von %1 beurteilt werden, die ab dem Tag ihrer Gültigkeit hergestellt werden. Ich habe sie mit der Version verglichen, die sie ersetzt.</translation>
    </message>
    <message>
        <source>It takes effect on %1.</source>
        <translation>Sie wird am %1 gültig.</translation>
    </message>
    <message>
        <source>It states %1, which has passed: it takes effect on %2, the day of approval, and judges no batch made before.</source>
        <translation>Das angegebene Datum %1 ist bereits vergangen: Sie wird am %2, dem Tag der Genehmigung, gültig, und zuvor hergestellte Chargen werden nicht anhand dieser Version beurteilt.</translation>
    </message>
    <message>
        <source>%1 version %2 (%3), %4 tests, imported by %5.
%6
Content hash: %7
Signed by %8 (%9) as %10.</source>
        <translation>%1 Version %2 (%3), %4 Tests, importiert von %5.
%6
Inhalts-Hash: %7
Unterschrift von %8 (%9) in der Rolle %10.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Ihr Passwort</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>Ihr &amp;Passwort:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Unterschrift läuft</translation>
    </message>
    <message>
        <source>Approve or cancel</source>
        <translation>Genehmigen oder abbrechen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>Geben Sie Ihr Passwort ein, um zu unterschreiben.</translation>
    </message>
    <message>
        <source>Changes from version %1:
%2</source>
        <translation>Geändert gegenüber Version %1:
%2</translation>
    </message>
    <message>
        <source>nothing but the version and dates</source>
        <translation>nur die Version und die Datumsangaben</translation>
    </message>
    <message>
        <source>The first version of %1.</source>
        <translation>Die erste Version von %1.</translation>
    </message>
</context>
<context>
    <name>rd::ui::SpecificationsPage</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Spezifikationen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Specifications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Spezifikationen&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An administrator imports a specification version as a draft. It judges batches once a QA reviewer other than its importer approves it, from the date it states or the day of approval, whichever is later. A batch keeps the version in force when it was made.</source>
        <translation>Ein Administrator importiert eine Spezifikationsversion als Entwurf. Anhand dieser Version werden Chargen erst beurteilt, wenn ein QA-Prüfer, der sie nicht selbst importiert hat, sie genehmigt, und zwar ab dem angegebenen Datum oder dem Tag der Genehmigung, je nachdem, was später ist. Eine Charge behält die Version, die bei ihrer Herstellung gültig war.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Stated effective</source>
        <translation>Angegeben gültig ab</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Genehmigungsstatus</translation>
    </message>
    <message>
        <source>Specification versions</source>
        <translation>Spezifikationsversionen</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Genehmigen…</translation>
    </message>
    <message>
        <source>Approve the selected draft with your electronic signature.</source>
        <translation>Den ausgewählten Entwurf mit Ihrer elektronischen Unterschrift genehmigen.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Release-critical</source>
        <translation>Freigabekritisch</translation>
    </message>
    <message>
        <source>May be pending</source>
        <translation>Darf ausstehen</translation>
    </message>
    <message>
        <source>Tests of the selected version</source>
        <translation>Tests der ausgewählten Version</translation>
    </message>
    <message>
        <source>What changed from the version before</source>
        <translation>Änderungen gegenüber der Vorversion</translation>
    </message>
    <message>
        <source>Tests and changes</source>
        <translation>Tests und Änderungen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The store has no specifications yet: an administrator imports them.</source>
        <translation>Der Datenspeicher enthält noch keine Spezifikationen: Ein Administrator importiert sie.</translation>
    </message>
    <message>
        <source>Select a version to see its tests.</source>
        <translation>Wählen Sie eine Version aus, um ihre Tests zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 version %2&lt;/b&gt;: %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1 Version %2&lt;/b&gt;: %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The first version of %1.</source>
        <translation>Die erste Version von %1.</translation>
    </message>
    <message>
        <source>Changed from version %1:</source>
        <translation>Geändert gegenüber Version %1:</translation>
    </message>
    <message>
        <source>nothing but the version and dates</source>
        <translation>nur die Version und die Datumsangaben</translation>
    </message>
    <message>
        <source>Specification %1 version %2: %3.</source>
        <translation>Spezifikation %1 Version %2: %3.</translation>
    </message>
</context>
<context>
    <name>rd::ui::StorePage</name>
    <message>
        <source>&lt;h2&gt;Store&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datenspeicher&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Verify the store</source>
        <translation>Datenspeicher &amp;verifizieren</translation>
    </message>
    <message>
        <source>Check the root, the schema, every key certificate, the audit chain with its signed checkpoints, every record, every electronic signature and the file&apos;s structure (as releasedesk verify does).</source>
        <translation>Prüft den Stammschlüssel, das Schema, jedes Schlüsselzertifikat, die Audit-Kette mit ihren signierten Prüfpunkten, jeden Datensatz, jede elektronische Signatur und die Struktur der Datei (wie releasedesk verify).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>Datenspeicher-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>SQLCipher %1, format %2 (page size %3, %4); created with %5</source>
        <translation>SQLCipher %1, Format %2 (Seitengröße %3, %4); angelegt mit %5</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>%1 (%2 active)</source>
        <translation>%1 (%2 aktiv)</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>Letzter Prüfpunkt</translation>
    </message>
    <message>
        <source>event %1, signed by %2 at %3</source>
        <translation>Ereignis %1, signiert von %2 am %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>✘ Verification failed at event %1: %2</source>
        <translation>✘ Verifizierung bei Ereignis %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>✘ Verification failed: %1</source>
        <translation>✘ Verifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Inactivity lock in minutes</source>
        <translation>Inaktivitätssperre in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>ohne Eingabe</translation>
    </message>
    <message>
        <source>Saved; it applies from now on.</source>
        <translation>Gespeichert; gilt ab sofort.</translation>
    </message>
    <message>
        <source>Set by an administrator.</source>
        <translation>Wird von einem Administrator festgelegt.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Facts about the store</source>
        <translation>Angaben zum Datenspeicher</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Fortschritt der Verifizierung</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Ergebnis der Verifizierung</translation>
    </message>
    <message>
        <source>Inactivity lock setting</source>
        <translation>Einstellung der Inaktivitätssperre</translation>
    </message>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>Fenster &amp;sperren nach</translation>
    </message>
    <message>
        <source>Root fingerprint</source>
        <translation>Fingerabdruck des Stammschlüssels</translation>
    </message>
    <message>
        <source>Key generation</source>
        <translation>Schlüsselgeneration</translation>
    </message>
    <message>
        <source>%1; a re-key is due (%2): it is done when this session ends with nothing else open</source>
        <translation>%1; eine Neuverschlüsselung ist fällig (%2): Sie erfolgt, wenn diese Sitzung endet und nichts anderes geöffnet ist</translation>
    </message>
    <message>
        <source>✔ Verified: %1 events, %2 signed checkpoints, %3 electronic signatures, %4 records and %5 key certificates match; store root %6.</source>
        <translation>✔ Verifiziert: %1 Ereignisse, %2 signierte Prüfpunkte, %3 elektronische Unterschriften, %4 Datensätze und %5 Schlüsselzertifikate stimmen überein; Stammschlüssel des Datenspeichers %6.</translation>
    </message>
</context>
<context>
    <name>rd::ui::TrendChart</name>
    <message>
        <source>Control chart</source>
        <translation>Regelkarte</translation>
    </message>
    <message>
        <source>Choose a product and a test.</source>
        <translation>Wählen Sie ein Produkt und einen Test.</translation>
    </message>
    <message>
        <source>No points.</source>
        <translation>Keine Punkte.</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>LSL</source>
        <translation>LSL</translation>
    </message>
    <message>
        <source>USL</source>
        <translation>USL</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <source>n = %1
Cp %2   Cpk %3
Pp %4   Ppk %5</source>
        <translation>n = %1
Cp %2   Cpk %3
Pp %4   Ppk %5</translation>
    </message>
    <message>
        <source>Rule violated (▲)</source>
        <translation>Regel verletzt (▲)</translation>
    </message>
    <message>
        <source>Warning only (◆)</source>
        <translation>Nur Warnung (◆)</translation>
    </message>
    <message>
        <source>Batch, in order of manufacture</source>
        <translation>Charge, in Reihenfolge der Herstellung</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>CL %1</source>
        <translation>CL %1</translation>
    </message>
    <message>
        <source>+3 SD %1</source>
        <translation>+3 SD %1</translation>
    </message>
    <message>
        <source>UCL %1</source>
        <translation>UCL %1</translation>
    </message>
    <message>
        <source>−3 SD %1</source>
        <translation>−3 SD %1</translation>
    </message>
    <message>
        <source>LCL %1</source>
        <translation>LCL %1</translation>
    </message>
    <message>
        <source>+%1 SD</source>
        <translation>+%1 SD</translation>
    </message>
    <message>
        <source>−%1 SD</source>
        <translation>−%1 SD</translation>
    </message>
    <message>
        <source>LSL %1</source>
        <translation>LSL %1</translation>
    </message>
    <message>
        <source>USL %1</source>
        <translation>USL %1</translation>
    </message>
    <message>
        <source>Moving range</source>
        <translation>Gleitende Spannweite</translation>
    </message>
    <message>
        <source>MR</source>
        <translation>MR</translation>
    </message>
    <message>
        <source>MR̄ %1</source>
        <translation>MR̄ %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Batch %1 (%2)
%3: %4 %5
Made %6
%7</source>
        <translation>Charge %1 (%2)
%3: %4 %5
Hergestellt: %6
%7</translation>
    </message>
    <message>
        <source>No rule violated</source>
        <translation>Keine Regel verletzt</translation>
    </message>
    <message>
        <source>Violates: %1</source>
        <translation>Verletzt: %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::TrendsPage</name>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Made &amp;between</source>
        <translation>Hergestellt &amp;zwischen</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Hergestellt ab</translation>
    </message>
    <message>
        <source>Made until</source>
        <translation>Hergestellt bis</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>I and MR chart</source>
        <translation>I-MR-Karte</translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation>Levey-Jennings</translation>
    </message>
    <message>
        <source>Histogram and capability</source>
        <translation>Histogramm und Prozessfähigkeit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenzzeitraum</translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation>Referenzzeitraum ab</translation>
    </message>
    <message>
        <source>Baseline until</source>
        <translation>Referenzzeitraum bis</translation>
    </message>
    <message>
        <source>&amp;Freeze baseline…</source>
        <translation>Referenzzeitraum &amp;festschreiben…</translation>
    </message>
    <message>
        <source>Keep the current baseline&apos;s mean and SD under a name, as they are now, for Levey-Jennings charts.</source>
        <translation>Speichert Mittelwert und SD des aktuellen Referenzzeitraums in ihrem jetzigen Stand unter einem Namen, für Levey-Jennings-Karten.</translation>
    </message>
    <message>
        <source>Baseline points</source>
        <translation>Punkte des Referenzzeitraums</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>Limits from the first K points.</source>
        <translation>Grenzen aus den ersten K Punkten.</translation>
    </message>
    <message>
        <source>All Westgard rules</source>
        <translation>Alle Westgard-Regeln</translation>
    </message>
    <message>
        <source>All Nelson tests</source>
        <translation>Alle Nelson-Tests</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>Ansicht zurück&amp;setzen</translation>
    </message>
    <message>
        <source>Home in the chart; + and − zoom, arrows pan</source>
        <translation>Home im Diagramm; + und − zoomen, Pfeiltasten verschieben</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <source>Chart as PDF (vector)…</source>
        <translation>Diagramm als PDF (Vektor)…</translation>
    </message>
    <message>
        <source>Points, limits and flags as CSV…</source>
        <translation>Punkte, Grenzen und Markierungen als CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Use as &amp;out-of-trend rules</source>
        <translation>Als &amp;OOT-Regeln verwenden</translation>
    </message>
    <message>
        <source>Make these rules raise out-of-trend exceptions in review for this product and test (administrators).</source>
        <translation>Lässt diese Regeln bei der Prüfung OOT-Ausnahmen für dieses Produkt und diesen Test auslösen (Administratoren).</translation>
    </message>
    <message>
        <source>Limits and capability</source>
        <translation>Grenzen und Prozessfähigkeit</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Regelverletzungen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Chargen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referenzzeitraum:</translation>
    </message>
    <message>
        <source>Limits and violations</source>
        <translation>Grenzen und Regelverletzungen</translation>
    </message>
    <message>
        <source>Chart and violations</source>
        <translation>Diagramm und Regelverletzungen</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>Alle Punkte</translation>
    </message>
    <message>
        <source>First points</source>
        <translation>Erste Punkte</translation>
    </message>
    <message>
        <source>Made between</source>
        <translation>Hergestellt zwischen</translation>
    </message>
    <message>
        <source>Frozen: %1 (%2 points, %3)</source>
        <translation>Festgeschrieben: %1 (%2 Punkte, %3)</translation>
    </message>
    <message>
        <source>A frozen baseline is shown: choose the points of a new one first.</source>
        <translation>Ein festgeschriebener Referenzzeitraum wird angezeigt: Wählen Sie zuerst die Punkte eines neuen aus.</translation>
    </message>
    <message>
        <source>Freeze baseline</source>
        <translation>Referenzzeitraum festschreiben</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>Name des Referenzzeitraums:</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Regeln (%1)</translation>
    </message>
    <message>
        <source>Choose a product and a test.</source>
        <translation>Wählen Sie ein Produkt und einen Test.</translation>
    </message>
    <message>
        <source>The baseline holds fewer than two points; the limits use all of them.</source>
        <translation>Der Referenzzeitraum enthält weniger als zwei Punkte; die Grenzen verwenden alle Punkte.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), %1 %2</source>
        <translation>
            <numerusform>%n Charge, %1 %2</numerusform>
            <numerusform>%n Chargen, %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre %1, σ %2, limits %3 to %4 (from %5 points)</source>
        <translation>Mittellinie %1, σ %2, Grenzen %3 bis %4 (aus %5 Punkten)</translation>
    </message>
    <message>
        <source>Cp %1 · Cpk %2 · Pp %3 · Ppk %4</source>
        <translation>Cp %1 · Cpk %2 · Pp %3 · Ppk %4</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) of the chosen rules</source>
        <translation>
            <numerusform>%n Verletzung der gewählten Regeln</numerusform>
            <numerusform>%n Verletzungen der gewählten Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 trend</source>
        <translation>Trend %1 %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>These rules now raise out-of-trend exceptions in review.</source>
        <translation>Diese Regeln lösen jetzt bei der Prüfung OOT-Ausnahmen aus.</translation>
    </message>
    <message>
        <source>Trend &amp;report: preview, print, PDF/A…</source>
        <translation>Trend&amp;bericht: Vorschau, Drucken, PDF/A…</translation>
    </message>
    <message>
        <source>Choose a product and a test with data first.</source>
        <translation>Wählen Sie zuerst ein Produkt und einen Test mit Daten.</translation>
    </message>
</context>
<context>
    <name>rd::ui::UnlockDialog</name>
    <message>
        <source>ReleaseDesk — locked</source>
        <translation>ReleaseDesk — gesperrt</translation>
    </message>
    <message>
        <source>ReleaseDesk — unlock a store</source>
        <translation>ReleaseDesk — Datenspeicher entsperren</translation>
    </message>
    <message>
        <source>The session was locked. Enter your password to go on, or sign in as someone else.</source>
        <translation>Die Sitzung wurde gesperrt. Geben Sie Ihr Passwort ein, um fortzufahren, oder melden Sie sich als anderer Benutzer an.</translation>
    </message>
    <message>
        <source>Choose a store and sign in.</source>
        <translation>Wählen Sie einen Datenspeicher und melden Sie sich an.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>Daten&amp;speicher:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Quit ReleaseDesk</source>
        <translation>ReleaseDesk bee&amp;nden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Bee&amp;nden</translation>
    </message>
    <message>
        <source>Choose a store folder</source>
        <translation>Datenspeicher-Ordner auswählen</translation>
    </message>
    <message>
        <source>The password must be changed before the store can be used.</source>
        <translation>Das Passwort muss geändert werden, bevor der Datenspeicher verwendet werden kann.</translation>
    </message>
</context>
</TS>
