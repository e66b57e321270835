<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>rd::AccountRecords</name>
    <message>
        <source>Cannot create the account &quot;%1&quot;</source>
        <translation>Kan het account &quot;%1&quot; niet aanmaken</translation>
    </message>
    <message>
        <source>full name: %1</source>
        <translation>volledige naam: %1</translation>
    </message>
    <message>
        <source>Cannot retire the signing key of &quot;%1&quot;</source>
        <translation>Kan de ondertekeningssleutel van &quot;%1&quot; niet buiten gebruik stellen</translation>
    </message>
    <message>
        <source>Cannot record the signing key of &quot;%1&quot;</source>
        <translation>Kan de ondertekeningssleutel van &quot;%1&quot; niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot record the password history</source>
        <translation>Kan de wachtwoordgeschiedenis niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot update the account</source>
        <translation>Kan het account niet bijwerken</translation>
    </message>
    <message>
        <source>The new account &quot;%1&quot; got no id.</source>
        <translation>Het nieuwe account &quot;%1&quot; heeft geen id gekregen.</translation>
    </message>
    <message>
        <source>Cannot enable the account</source>
        <translation>Kan het account niet opnieuw activeren</translation>
    </message>
    <message>
        <source>A signing key for &quot;%1&quot; can only be certified with the store root or an administrator&apos;s key.</source>
        <translation>Een ondertekeningssleutel voor &quot;%1&quot; kan alleen worden gecertificeerd met de rootsleutel van de gegevensopslag of met de sleutel van een beheerder.</translation>
    </message>
    <message>
        <source>certified by the store root</source>
        <translation>gecertificeerd door de rootsleutel van de gegevensopslag</translation>
    </message>
    <message>
        <source>certified by %1 with key %2</source>
        <translation>gecertificeerd door %1 met sleutel %2</translation>
    </message>
    <message>
        <source>Cannot record the certificate of &quot;%1&quot;</source>
        <translation>Kan het certificaat van &quot;%1&quot; niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot read signing key %1</source>
        <translation>Kan ondertekeningssleutel %1 niet lezen</translation>
    </message>
    <message>
        <source>Cannot record the person of &quot;%1&quot;</source>
        <translation>Kan de persoon van &quot;%1&quot; niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot record the reset of &quot;%1&quot;</source>
        <translation>Kan het wachtwoordherstel van &quot;%1&quot; niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot confirm the hand-over to &quot;%1&quot;</source>
        <translation>Kan de overdracht aan &quot;%1&quot; niet bevestigen</translation>
    </message>
    <message>
        <source>No hand-over of key %1 of &quot;%2&quot; awaits confirmation.</source>
        <translation>Er wacht geen overdracht van sleutel %1 van &quot;%2&quot; op bevestiging.</translation>
    </message>
    <message>
        <source>the person received the account reset by another administrator</source>
        <translation>de persoon heeft het account ontvangen na het wachtwoordherstel door een andere beheerder</translation>
    </message>
</context>
<context>
    <name>rd::AccountService</name>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2 to 32 letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>De gebruikersnaam &quot;%1&quot; is ongeldig: gebruik 2 tot 32 tekens (letters a-z, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;), beginnend met een letter.</translation>
    </message>
    <message>
        <source>The full name is empty; it is printed with every signature, so it must be given.</source>
        <translation>De volledige naam is leeg; deze wordt bij elke handtekening afgedrukt en moet dus worden opgegeven.</translation>
    </message>
    <message>
        <source>The full name is longer than 100 characters.</source>
        <translation>De volledige naam is langer dan 100 tekens.</translation>
    </message>
    <message>
        <source>The full name contains a control character.</source>
        <translation>De volledige naam bevat een stuurteken.</translation>
    </message>
    <message>
        <source>Cannot read the password history</source>
        <translation>Kan de wachtwoordgeschiedenis niet lezen</translation>
    </message>
    <message>
        <source>The new password is one of the last %1 passwords of this account; choose another.</source>
        <translation>Het nieuwe wachtwoord is een van de laatste %1 wachtwoorden van dit account; kies een ander wachtwoord.</translation>
    </message>
    <message>
        <source>Cannot list the accounts</source>
        <translation>Kan de accounts niet weergeven</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Er is geen account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>add accounts</source>
        <translation>accounts toevoegen</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is taken by %2 account of %3; user names are never reused.</source>
        <translation>De gebruikersnaam &quot;%1&quot; is in gebruik bij %2 account van %3; gebruikersnamen worden nooit hergebruikt.</translation>
    </message>
    <message>
        <source>the active</source>
        <translation>het actieve</translation>
    </message>
    <message>
        <source>the disabled</source>
        <translation>het gedeactiveerde</translation>
    </message>
    <message>
        <source>Cannot add the account</source>
        <translation>Kan het account niet toevoegen</translation>
    </message>
    <message>
        <source>disable accounts</source>
        <translation>accounts deactiveren</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already disabled.</source>
        <translation>Het account &quot;%1&quot; is al gedeactiveerd.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; ask another administrator.</source>
        <translation>U kunt uw eigen account niet deactiveren; vraag dit aan een andere beheerder.</translation>
    </message>
    <message>
        <source>Give a reason for disabling the account.</source>
        <translation>Geef een reden op voor het deactiveren van het account.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be disabled.</source>
        <translation>&quot;%1&quot; is de laatste actieve beheerder en kan niet worden gedeactiveerd.</translation>
    </message>
    <message>
        <source>Cannot disable the account</source>
        <translation>Kan het account niet deactiveren</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>wachtwoorden opnieuw instellen</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled; its password cannot be reset.</source>
        <translation>Het account &quot;%1&quot; is gedeactiveerd; het wachtwoord kan niet opnieuw worden ingesteld.</translation>
    </message>
    <message>
        <source>To change your own password, use Change password, not a reset.</source>
        <translation>Wijzig uw eigen wachtwoord via &quot;Wachtwoord wijzigen&quot;, niet door het opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>Cannot reset the password</source>
        <translation>Kan het wachtwoord niet opnieuw instellen</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Het huidige wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>Cannot change the password</source>
        <translation>Kan het wachtwoord niet wijzigen</translation>
    </message>
    <message>
        <source>required change after a reset or first login</source>
        <translation>verplichte wijziging na opnieuw instellen of eerste aanmelding</translation>
    </message>
    <message>
        <source>changed by the user</source>
        <translation>gewijzigd door de gebruiker</translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator; nothing was changed.</source>
        <translation>%1 is geen actieve beheerder meer; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>change accounts</source>
        <translation>accounts wijzigen</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; disabled</source>
        <translation>account &quot;%1&quot; gedeactiveerd</translation>
    </message>
    <message>
        <source>the person identifier %1 is that of %2 (%3)</source>
        <translation>het persoonsnummer %1 is dat van %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is the name of the account %2</source>
        <translation>%1 is de naam van het account %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as &quot;%2&quot;, the name of the account %3</source>
        <translation>&quot;%1&quot; lijkt op &quot;%2&quot;, de naam van het account %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as the user name %2</source>
        <translation>&quot;%1&quot; lijkt op de gebruikersnaam %2</translation>
    </message>
    <message>
        <source>An administrator cannot make an account for themselves (%1); another administrator must.</source>
        <translation>Een beheerder kan geen account voor zichzelf aanmaken (%1); dat moet een andere beheerder doen.</translation>
    </message>
    <message>
        <source>The new account may be a person who already has one: %1. If it is the same person, say so and it is linked to them; otherwise tell them apart.</source>
        <translation>Het nieuwe account is mogelijk van een persoon die al een account heeft: %1. Als het dezelfde persoon is, geef dat dan aan; het account wordt dan aan die persoon gekoppeld. Zo niet, zorg er dan voor dat beide personen van elkaar te onderscheiden zijn.</translation>
    </message>
    <message>
        <source>The new account is said to be a person who already has one, but no account has the person identifier %1 or a name like %2.</source>
        <translation>Volgens de opgave is het nieuwe account van een persoon die al een account heeft, maar geen enkel account heeft het persoonsnummer %1 of een naam die lijkt op %2.</translation>
    </message>
    <message>
        <source>The new account is said to be the person of %1, whose person identifier is %2, not %3.</source>
        <translation>Volgens de opgave is het nieuwe account van dezelfde persoon als %1, maar diens persoonsnummer is %2, niet %3.</translation>
    </message>
    <message>
        <source>temporary password set by an administrator; change required at next login; key %1 signs once another administrator confirms the hand-over</source>
        <translation>tijdelijk wachtwoord ingesteld door een beheerder; wijziging vereist bij volgende aanmelding; sleutel %1 ondertekent pas nadat een andere beheerder de overdracht heeft bevestigd</translation>
    </message>
    <message>
        <source>Cannot read the hand-over of key %1</source>
        <translation>Kan de overdracht van sleutel %1 niet lezen</translation>
    </message>
    <message>
        <source>The signing key of %1 was issued when %2 reset the password; it signs once another administrator confirms that %1 received the account (users confirm-handover).</source>
        <translation>De ondertekeningssleutel van %1 is uitgegeven toen %2 het wachtwoord opnieuw instelde; de sleutel ondertekent pas nadat een andere beheerder heeft bevestigd dat %1 het account heeft ontvangen (users confirm-handover).</translation>
    </message>
    <message>
        <source>confirm hand-overs</source>
        <translation>overdrachten bevestigen</translation>
    </message>
    <message>
        <source>Cannot confirm the hand-over</source>
        <translation>Kan de overdracht niet bevestigen</translation>
    </message>
    <message>
        <source>Cannot read the hand-over</source>
        <translation>Kan de overdracht niet lezen</translation>
    </message>
    <message>
        <source>No password reset of %1 awaits a confirmed hand-over.</source>
        <translation>Er is geen wachtwoordherstel van %1 dat op een bevestigde overdracht wacht.</translation>
    </message>
    <message>
        <source>You cannot confirm the hand-over of your own account.</source>
        <translation>U kunt de overdracht van uw eigen account niet bevestigen.</translation>
    </message>
    <message>
        <source>You reset the password of %1, so another administrator confirms the hand-over.</source>
        <translation>U hebt het wachtwoord van %1 opnieuw ingesteld; daarom moet een andere beheerder de overdracht bevestigen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (it holds %2) reads as &quot;%3&quot;, the name of the account %4</source>
        <translation>&quot;%1&quot; (bevat %2) lijkt op &quot;%3&quot;, de naam van het account %4</translation>
    </message>
    <message>
        <source>The accounts changed while this one was checked; nothing was written. Try again.</source>
        <translation>De accounts zijn gewijzigd terwijl dit account werd gecontroleerd; er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>state the person of accounts</source>
        <translation>de persoon van accounts opgeven</translation>
    </message>
    <message>
        <source>Cannot record the person</source>
        <translation>Kan de persoon niet vastleggen</translation>
    </message>
    <message>
        <source>%1 already belongs to the person %2; a person identifier is stated once.</source>
        <translation>%1 hoort al bij de persoon %2; een persoonsnummer wordt eenmalig opgegeven.</translation>
    </message>
    <message>
        <source>The person identifier %1 is that of %2 (%3). If %4 is that person, say so and it is linked to them; otherwise check the identifier.</source>
        <translation>Het persoonsnummer %1 is dat van %2 (%3). Als %4 die persoon is, geef dat dan aan; het account wordt dan aan die persoon gekoppeld. Zo niet, controleer dan het persoonsnummer.</translation>
    </message>
    <message>
        <source>%1 is said to be a person who already has an account, but no other account has the person identifier %2.</source>
        <translation>Volgens de opgave is %1 van een persoon die al een account heeft, maar geen enkel ander account heeft het persoonsnummer %2.</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>De reden %1.</translation>
    </message>
</context>
<context>
    <name>rd::AuditTrail</name>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Kan de audittrail niet lezen</translation>
    </message>
    <message>
        <source>Cannot write to the audit trail</source>
        <translation>Kan niet naar de audittrail schrijven</translation>
    </message>
    <message>
        <source>The workstation clock is earlier than the previous audit event.</source>
        <translation>De klok van het werkstation geeft een eerder tijdstip aan dan de vorige auditgebeurtenis.</translation>
    </message>
    <message>
        <source>records.db ends before event %1, the last signed checkpoint recorded in keyslots.json: it was rolled back to an older copy or cut short.</source>
        <translation>records.db eindigt vóór gebeurtenis %1, het laatste ondertekende controlepunt dat in keyslots.json is vastgelegd: het bestand is teruggezet naar een oudere kopie of afgekapt.</translation>
    </message>
    <message>
        <source>Event %1 of records.db is not the signed checkpoint recorded in keyslots.json: records.db was replaced or rewritten.</source>
        <translation>Gebeurtenis %1 van records.db is niet het ondertekende controlepunt dat in keyslots.json is vastgelegd: records.db is vervangen of herschreven.</translation>
    </message>
</context>
<context>
    <name>rd::AuditVerifier</name>
    <message>
        <source>event %1 (%2 by %3 at %4)</source>
        <translation>gebeurtenis %1 (%2 door %3 op %4)</translation>
    </message>
    <message>
        <source>Event %1 is missing: the audit trail jumps from event %2 to %3.</source>
        <translation>Gebeurtenis %1 ontbreekt: de audittrail springt van gebeurtenis %2 naar %3.</translation>
    </message>
    <message>
        <source>Event %1 appears out of order.</source>
        <translation>Gebeurtenis %1 staat niet in de juiste volgorde.</translation>
    </message>
    <message>
        <source>%1: its time &quot;%2&quot; is not in the stored form; it was edited outside ReleaseDesk.</source>
        <translation>%1: het tijdstip &quot;%2&quot; heeft niet de opgeslagen vorm; het is buiten ReleaseDesk bewerkt.</translation>
    </message>
    <message>
        <source>%1: its link to the previous event does not match; an earlier event was changed or removed.</source>
        <translation>%1: de koppeling met de vorige gebeurtenis komt niet overeen; een eerdere gebeurtenis is gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>%1: its content does not match its hash; it was altered after it was written.</source>
        <translation>%1: de inhoud komt niet overeen met de hash; de gebeurtenis is na het vastleggen gewijzigd.</translation>
    </message>
    <message>
        <source>Checkpoint %1: %2&apos;s signature does not match the audit trail up to event %3; the trail before it was rewritten.</source>
        <translation>Controlepunt %1: de handtekening van %2 komt niet overeen met de audittrail tot en met gebeurtenis %3; de audittrail daarvóór is herschreven.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verificatie geannuleerd.</translation>
    </message>
    <message>
        <source>keyslots.json records no checkpoint, though the audit trail holds %1: keyslots.json was replaced with an older or foreign copy.</source>
        <translation>keyslots.json vermeldt geen controlepunt, hoewel de audittrail er %1 bevat: keyslots.json is vervangen door een oudere of vreemde kopie.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Kan de audittrail niet lezen</translation>
    </message>
    <message>
        <source>The record bindings name event %1, which records no bindings: they were added outside ReleaseDesk.</source>
        <translation>De recordkoppelingen noemen gebeurtenis %1, die geen koppelingen vastlegt: ze zijn buiten ReleaseDesk toegevoegd.</translation>
    </message>
    <message>
        <source>%1: the record bindings it wrote were changed or removed outside ReleaseDesk.</source>
        <translation>%1: de recordkoppelingen die deze gebeurtenis heeft geschreven, zijn buiten ReleaseDesk gewijzigd of verwijderd.</translation>
    </message>
    <message>
        <source>Checkpoint %1 cannot be trusted: %2</source>
        <translation>Controlepunt %1 is niet betrouwbaar: %2</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but record bindings of event %2 remain: events were removed from the end.</source>
        <translation>De audittrail eindigt bij gebeurtenis %1, maar er zijn nog recordkoppelingen van gebeurtenis %2: er zijn gebeurtenissen aan het einde verwijderd.</translation>
    </message>
    <message>
        <source>The audit trail ends at event %1, but keyslots.json records a checkpoint of %2 at event %3: events were removed from the end.</source>
        <translation>De audittrail eindigt bij gebeurtenis %1, maar keyslots.json vermeldt een controlepunt van %2 bij gebeurtenis %3: er zijn gebeurtenissen aan het einde verwijderd.</translation>
    </message>
    <message>
        <source>Event %1 is not the checkpoint of %2 recorded in keyslots.json; the audit trail was rewritten from there on.</source>
        <translation>Gebeurtenis %1 is niet het controlepunt van %2 dat in keyslots.json is vastgelegd; de audittrail is vanaf dat punt herschreven.</translation>
    </message>
    <message>
        <source>The indexes of the audit trail cannot be checked from its walk.</source>
        <translation>De indexen van de audittrail kunnen niet vanuit het doorlopen ervan worden gecontroleerd.</translation>
    </message>
    <message>
        <source>The order of the record bindings can only be checked by one walk of the whole audit trail.</source>
        <translation>De volgorde van de recordkoppelingen kan alleen worden gecontroleerd door één doorloop van het hele audittrail.</translation>
    </message>
    <message>
        <source>The order of the record bindings cannot be checked from the walk.</source>
        <translation>De volgorde van de recordkoppelingen kan niet vanuit de doorloop worden gecontroleerd.</translation>
    </message>
</context>
<context>
    <name>rd::BatchCatalogue</name>
    <message>
        <source>Name a batch.</source>
        <translation>Geef een batchnummer op.</translation>
    </message>
</context>
<context>
    <name>rd::BatchLocks</name>
    <message>
        <source>Cannot read the states of the batches</source>
        <translation>Kan de status van de batches niet lezen</translation>
    </message>
    <message>
        <source>batch %1 is decided (&quot;%2&quot;); its record and results change only under change control, which puts it on hold for a new review and decision</source>
        <translation>over batch %1 is een besluit genomen (&quot;%2&quot;); het record en de resultaten ervan kunnen alleen onder wijzigingsbeheer worden gewijzigd, waarbij de batch wordt geblokkeerd voor een nieuwe beoordeling en een nieuw besluit</translation>
    </message>
    <message>
        <source>Change control must read &quot;REFERENCE: reason&quot;, for example &quot;CC-2026-014: viability repeated after a counter fault&quot;; got &quot;%1&quot;.</source>
        <translation>Het wijzigingsbeheer moet worden opgegeven als &quot;REFERENTIE: reden&quot;, bijvoorbeeld &quot;CC-2026-014: viabiliteit herhaald na een storing van de celteller&quot;; opgegeven: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing was written: %1.</source>
        <translation>Er is niets weggeschreven: %1.</translation>
    </message>
    <message>
        <source>Cannot record the state of batch %1</source>
        <translation>Kan de status van batch %1 niet vastleggen</translation>
    </message>
    <message>
        <source>change control %1; changed: %2</source>
        <translation>wijzigingsbeheer %1; gewijzigd: %2</translation>
    </message>
    <message>
        <source>changed after QC approval: %1</source>
        <translation>gewijzigd na QC-goedkeuring: %1</translation>
    </message>
    <message>
        <source>The state of batch %1 was not recorded where expected; nothing was changed.</source>
        <translation>De status van batch %1 is niet op de verwachte plaats vastgelegd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Batch %1 changed state (someone signed for it) while this change was checked; nothing was written. Try again.</source>
        <translation>De status van batch %1 is gewijzigd (iemand heeft ervoor getekend) terwijl deze wijziging werd gecontroleerd; er is niets opgeslagen. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>the result of %1 that the conditional release of batch %2 awaited has arrived; a further one changes what was decided and needs change control</source>
        <translation>het resultaat van %1 waarop de voorwaardelijke vrijgave van batch %2 wachtte, is binnen; een volgend resultaat wijzigt wat besloten is en vereist wijzigingsbeheer</translation>
    </message>
    <message>
        <source>batch %1 is on hold after its decision (&quot;%2&quot;); its record and results change only under change control, for a new review and decision</source>
        <translation>batch %1 is geblokkeerd na het besluit erover (&quot;%2&quot;); het record en de resultaten ervan kunnen alleen onder wijzigingsbeheer worden gewijzigd, voor een nieuwe beoordeling en een nieuw besluit</translation>
    </message>
    <message>
        <source>more than one result of %1, which the conditional release of batch %2 awaits, came at once; one is its result, and the others need change control</source>
        <translation>meer dan één resultaat van %1, waarop de voorwaardelijke vrijgave van batch %2 wacht, kwam tegelijk binnen; één is het verwachte resultaat, de andere vereisen wijzigingsbeheer</translation>
    </message>
    <message>
        <source>The change control %1.</source>
        <translation>Het wijzigingsbeheer %1.</translation>
    </message>
</context>
<context>
    <name>rd::CommandLine</name>
    <message>
        <source>Run &quot;%1 %2 --help&quot; for how to use it.</source>
        <translation>Voer &quot;%1 %2 --help&quot; uit voor uitleg over het gebruik.</translation>
    </message>
    <message>
        <source>Your user name (asked for on the terminal if omitted).</source>
        <translation>Uw gebruikersnaam (wordt in de terminal gevraagd als deze ontbreekt).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>Read passwords from standard input, one per line: %1.</source>
        <translation>Wachtwoorden lezen van standaardinvoer, één per regel: %1.</translation>
    </message>
    <message>
        <source>expected %1, got %2 arguments.</source>
        <translation>verwacht: %1; ontvangen: %2 argumenten.</translation>
    </message>
    <message>
        <source>--user is required with --password-stdin.</source>
        <translation>--user is verplicht bij --password-stdin.</translation>
    </message>
    <message>
        <source>User name: </source>
        <translation>Gebruikersnaam: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>%1 must change the password first: run &quot;%2 passwd %3 --user %1&quot;.</source>
        <translation>%1 moet eerst het wachtwoord wijzigen: voer &quot;%2 passwd %3 --user %1&quot; uit.</translation>
    </message>
    <message>
        <source>Recovery code (shown only this once; print it or write it down and keep it locked away):</source>
        <translation>Herstelcode (wordt slechts eenmaal getoond; druk de code af of schrijf hem op en bewaar hem achter slot en grendel):</translation>
    </message>
    <message>
        <source>It opens the store if every administrator password is lost (%1 recover).</source>
        <translation>Hiermee kan de gegevensopslag worden geopend als alle beheerderswachtwoorden verloren zijn (%1 recover).</translation>
    </message>
    <message>
        <source>Create a new, empty store with its first administrator.</source>
        <translation>Een nieuwe, lege gegevensopslag aanmaken met de eerste beheerder.</translation>
    </message>
    <message>
        <source>User name of the first administrator.</source>
        <translation>Gebruikersnaam van de eerste beheerder.</translation>
    </message>
    <message>
        <source>Full name of the first administrator, as printed with signatures.</source>
        <translation>Volledige naam van de eerste beheerder, zoals afgedrukt bij handtekeningen.</translation>
    </message>
    <message>
        <source>the administrator&apos;s password</source>
        <translation>het wachtwoord van de beheerder</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Herhaal het wachtwoord: </translation>
    </message>
    <message>
        <source>Created the store %1 (id %2).</source>
        <translation>Gegevensopslag %1 aangemaakt (id %2).</translation>
    </message>
    <message>
        <source>Accounts (password for all: %1):</source>
        <translation>Accounts (wachtwoord voor alle accounts: %1):</translation>
    </message>
    <message>
        <source>List every account, active and disabled.</source>
        <translation>Alle accounts weergeven, actief en gedeactiveerd.</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>uw wachtwoord</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>GEBRUIKER</translation>
    </message>
    <message>
        <source>FULL NAME</source>
        <translation>VOLLEDIGE NAAM</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST LOGIN</source>
        <translation>LAATSTE AANMELDING</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actief</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>gedeactiveerd</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>moet wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Add an account (administrators only). The new user must change the initial password at the first login.</source>
        <translation>Een account toevoegen (alleen beheerders). De nieuwe gebruiker moet het initiële wachtwoord bij de eerste aanmelding wijzigen.</translation>
    </message>
    <message>
        <source>Full name, as printed with signatures.</source>
        <translation>Volledige naam, zoals afgedrukt bij handtekeningen.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Een van: %1.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>your password, then the new user&apos;s initial password</source>
        <translation>uw wachtwoord, daarna het initiële wachtwoord van de nieuwe gebruiker</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; use one of: %2.</source>
        <translation>onbekende rol &quot;%1&quot;; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>Initial password for %1: </source>
        <translation>Initieel wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Repeat the initial password: </source>
        <translation>Herhaal het initiële wachtwoord: </translation>
    </message>
    <message>
        <source>Disable an account (administrators only). The account stays in the records; its key slot is removed.</source>
        <translation>Een account deactiveren (alleen beheerders). Het account blijft in de gegevens bewaard; het sleutelslot wordt verwijderd.</translation>
    </message>
    <message>
        <source>Why, for the audit trail.</source>
        <translation>Reden, voor de audittrail.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>--reason is required.</source>
        <translation>--reason is verplicht.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 gedeactiveerd.</translation>
    </message>
    <message>
        <source>Set a temporary password (administrators only); the user must change it at the next login. Also lifts a lockout.</source>
        <translation>Een tijdelijk wachtwoord instellen (alleen beheerders); de gebruiker moet het bij de volgende aanmelding wijzigen. Heft ook een accountvergrendeling op.</translation>
    </message>
    <message>
        <source>your password, then the temporary password</source>
        <translation>uw wachtwoord, daarna het tijdelijke wachtwoord</translation>
    </message>
    <message>
        <source>Temporary password for %1: </source>
        <translation>Tijdelijk wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Repeat the temporary password: </source>
        <translation>Herhaal het tijdelijke wachtwoord: </translation>
    </message>
    <message>
        <source>Change your own password. %1</source>
        <translation>Uw eigen wachtwoord wijzigen. %1</translation>
    </message>
    <message>
        <source>your current password, then the new one</source>
        <translation>uw huidige wachtwoord, daarna het nieuwe</translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation>Huidig wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nieuw wachtwoord: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Herhaal het nieuwe wachtwoord: </translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Wachtwoord van %1 gewijzigd.</translation>
    </message>
    <message>
        <source>failed at event %1: %2</source>
        <translation>mislukt bij gebeurtenis %1: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>mislukt: %1</translation>
    </message>
    <message>
        <source>Set a new password for this administrator.</source>
        <translation>Een nieuw wachtwoord instellen voor deze beheerder.</translation>
    </message>
    <message>
        <source>Print the raw key as a PRAGMA key line.</source>
        <translation>De ruwe sleutel afdrukken als PRAGMA key-regel.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Herstelcode: </translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nieuw wachtwoord voor %1: </translation>
    </message>
    <message>
        <source>Set a new password for %1.</source>
        <translation>Een nieuw wachtwoord instellen voor %1.</translation>
    </message>
    <message>
        <source>%1: unknown verb &quot;%2&quot;.</source>
        <translation>%1: onbekende opdracht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>give exactly one of --admin, --show-raw-key or --accept-rollback.</source>
        <translation>geef precies één van --admin, --show-raw-key of --accept-rollback op.</translation>
    </message>
    <message>
        <source>--accept-rollback needs --reason.</source>
        <translation>--accept-rollback vereist --reason.</translation>
    </message>
    <message>
        <source>Accepted the older records; the acceptance and what was lost are recorded in the audit trail.</source>
        <translation>De oudere gegevens zijn geaccepteerd; de acceptatie en wat verloren is gegaan, zijn vastgelegd in de audittrail.</translation>
    </message>
    <message>
        <source>Use the recovery code printed at init: set a new password for an administrator, show the raw database key for the sqlcipher shell, or accept a records.db older than the last signed checkpoint. Each is recorded in the audit trail.</source>
        <translation>De bij init afgedrukte herstelcode gebruiken: een nieuw wachtwoord instellen voor een beheerder, de ruwe databasesleutel tonen voor de sqlcipher-shell, of een records.db accepteren die ouder is dan het laatste ondertekende controlepunt. Elke handeling wordt vastgelegd in de audittrail.</translation>
    </message>
    <message>
        <source>Accept a records.db older than the last signed checkpoint (put back from a backup); needs --reason.</source>
        <translation>Een records.db accepteren die ouder is dan het laatste ondertekende controlepunt (teruggezet vanuit een back-up); vereist --reason.</translation>
    </message>
    <message>
        <source>the recovery code, then (with --admin) the new password</source>
        <translation>de herstelcode, daarna (met --admin) het nieuwe wachtwoord</translation>
    </message>
    <message>
        <source>Create a demo store: one account per role, three products, four sites and N batches with their QC results over two years. The same seed gives the same records. Its password is public: never put real data in it.</source>
        <translation>Een demo-opslag aanmaken: één account per rol, drie producten, vier locaties en N batches met hun QC-resultaten over twee jaar. Dezelfde seed levert dezelfde records op. Het wachtwoord is openbaar: plaats er nooit echte gegevens in.</translation>
    </message>
    <message>
        <source>How many batches (default 300).</source>
        <translation>Aantal batches (standaard 300).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed of the generator (default 1).</source>
        <translation>Seed van de generator (standaard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--batches takes a whole number from 0 to %1.</source>
        <translation>--batches vereist een geheel getal van 0 tot en met %1.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed vereist een geheel getal.</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>Created the demo store %1 with %2 batches in %3 s.</source>
        <translation>Demo-opslag %1 met %2 batches aangemaakt in %3 s.</translation>
    </message>
    <message>
        <source>Import specifications and batch records (administrators) or QC results as CSV, JSON or Allotrope cell-counting JSON (QC analysts). Everything is checked first and written in one transaction: one bad row and nothing is written.</source>
        <translation>Specificaties en batchrecords (beheerders) of QC-resultaten als CSV, JSON of Allotrope-JSON voor celtellingen (QC-analisten) importeren. Alles wordt eerst gecontroleerd en in één transactie weggeschreven: bij één foute rij wordt niets weggeschreven.</translation>
    </message>
    <message>
        <source>Store content that differs from what is stored as new versions (the old ones stay readable); needs --reason.</source>
        <translation>Inhoud die afwijkt van wat is opgeslagen, als nieuwe versies opslaan (de oude blijven leesbaar); vereist --reason.</translation>
    </message>
    <message>
        <source>expected STORE and at least one FILE.</source>
        <translation>STORE en minstens één FILE verwacht.</translation>
    </message>
    <message>
        <source>--supersede needs --reason.</source>
        <translation>--supersede vereist --reason.</translation>
    </message>
    <message>
        <source>%1 rows written in %2 s.</source>
        <translation>%1 rijen weggeschreven in %2 s.</translation>
    </message>
    <message>
        <source>Write stored records in the import formats, values as imported: specifications, batches, results or unassigned.</source>
        <translation>Opgeslagen records wegschrijven in de importformaten, met de waarden zoals geïmporteerd: specifications, batches, results of unassigned.</translation>
    </message>
    <message>
        <source>csv or json (default json).</source>
        <translation>csv of json (standaard json).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation>Alleen deze batch.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>WHAT is specifications, batches, results or unassigned, not &quot;%1&quot;.</source>
        <translation>WHAT is specifications, batches, results of unassigned, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--format is csv or json.</source>
        <translation>--format is csv of json.</translation>
    </message>
    <message>
        <source>List the open unassigned results.</source>
        <translation>De nog niet afgehandelde niet-toegewezen resultaten weergeven.</translation>
    </message>
    <message>
        <source>Attach an unassigned result to a QC sample of a batch (QC analysts), with a reason.</source>
        <translation>Een niet-toegewezen resultaat koppelen aan een QC-monster van een batch (QC-analisten), met een reden.</translation>
    </message>
    <message>
        <source>Reject an unassigned result (QC analysts), with a reason.</source>
        <translation>Een niet-toegewezen resultaat afwijzen (QC-analisten), met een reden.</translation>
    </message>
    <message>
        <source>ID is a number that inbox list shows (several: separated by commas).</source>
        <translation>ID is een nummer dat inbox list toont (meerdere: gescheiden door komma&apos;s).</translation>
    </message>
    <message>
        <source>Assigned %1 to sample %2.</source>
        <translation>%1 toegewezen aan monster %2.</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>%1 afgewezen.</translation>
    </message>
    <message>
        <source>say what to do: list, assign or reject.</source>
        <translation>geef aan wat er moet gebeuren: list, assign of reject.</translation>
    </message>
    <message>
        <source>Recompute the audit trail&apos;s hash chain and check every checkpoint and electronic signature. Prints &quot;ok: N events&quot; or names the first event that does not match (exit code 1).</source>
        <translation>De hashketen van de audittrail opnieuw berekenen en elk controlepunt en elke elektronische handtekening controleren. Drukt &quot;ok: N gebeurtenissen&quot; af of noemt de eerste gebeurtenis die niet klopt (exitcode 1).</translation>
    </message>
    <message>
        <source>Batch %1 (%2, %3), record version %4, specification %5</source>
        <translation>Batch %1 (%2, %3), recordversie %4, specificatie %5</translation>
    </message>
    <message>
        <source>none in force</source>
        <translation>geen van kracht</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>*** EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT at the treating physician&apos;s request ***</source>
        <translation>*** UITZONDERLIJKE VRIJGIFTE VAN PRODUCT BUITEN SPECIFICATIE op verzoek van de behandelend arts ***</translation>
    </message>
    <message>
        <source>Exceptions: %1 (critical %2, major %3, minor %4, info %5); without disposition: %6</source>
        <translation>Uitzonderingen: %1 (kritiek %2, major %3, minor %4, info %5); zonder afhandeling: %6</translation>
    </message>
    <message>
        <source> (blocks release)</source>
        <translation> (verhindert vrijgifte)</translation>
    </message>
    <message>
        <source>; deviation %1</source>
        <translation>; afwijking %1</translation>
    </message>
    <message>
        <source>   needs a new disposition: the data changed since &quot;%1&quot;</source>
        <translation>   nieuwe afhandeling vereist: de gegevens zijn gewijzigd sinds &quot;%1&quot;</translation>
    </message>
    <message>
        <source>   needs a disposition</source>
        <translation>   afhandeling vereist</translation>
    </message>
    <message>
        <source>Signed: %1%2%3</source>
        <translation>Ondertekend: %1%2%3</translation>
    </message>
    <message>
        <source>; reason: %1</source>
        <translation>; reden: %1</translation>
    </message>
    <message>
        <source> [NO LONGER COVERS the current record]</source>
        <translation> [DEKT het huidige record NIET MEER]</translation>
    </message>
    <message>
        <source>   physician&apos;s request %1; risk evaluation: %2</source>
        <translation>   verzoek van de arts %1; risicobeoordeling: %2</translation>
    </message>
    <message>
        <source>   pending at signing: %1</source>
        <translation>   openstaand bij ondertekening: %1</translation>
    </message>
    <message>
        <source>List the exceptions of a batch, numbered, with their dispositions.</source>
        <translation>De uitzonderingen van een batch weergeven, genummerd, met hun afhandelingen.</translation>
    </message>
    <message>
        <source>Record a disposition of one exception (QA reviewers).</source>
        <translation>Een afhandeling van één uitzondering vastleggen (QA-beoordelaars).</translation>
    </message>
    <message>
        <source>Sign a batch decision; the password is asked again for the signature.</source>
        <translation>Een batchbesluit ondertekenen; voor de handtekening wordt het wachtwoord opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>Show where a batch stands: state, exceptions and signatures.</source>
        <translation>Tonen hoe een batch ervoor staat: status, uitzonderingen en handtekeningen.</translation>
    </message>
    <message>
        <source>The batch number.</source>
        <translation>Het batchnummer.</translation>
    </message>
    <message>
        <source>The exception&apos;s number (as listed) or key.</source>
        <translation>Het nummer van de uitzondering (zoals weergegeven) of de sleutel ervan.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The disposition.</source>
        <translation>De afhandeling.</translation>
    </message>
    <message>
        <source>A deviation reference.</source>
        <translation>Referentie van een afwijking.</translation>
    </message>
    <message>
        <source>ref</source>
        <translation>ref</translation>
    </message>
    <message>
        <source>What the signature means: %1.</source>
        <translation>Betekenis van de handtekening: %1.</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>betekenis</translation>
    </message>
    <message>
        <source>A comment; the reason for on-hold, hold-lifted and rejected.</source>
        <translation>Een opmerking; verplicht als reden bij on-hold, hold-lifted en rejected.</translation>
    </message>
    <message>
        <source>Exceptional release: the reference of the treating physician&apos;s written request.</source>
        <translation>Uitzonderlijke vrijgifte: de referentie van het schriftelijke verzoek van de behandelend arts.</translation>
    </message>
    <message>
        <source>Exceptional release: the risk evaluation.</source>
        <translation>Uitzonderlijke vrijgifte: de risicobeoordeling.</translation>
    </message>
    <message>
        <source>your password, then your password again to sign</source>
        <translation>uw wachtwoord, daarna nogmaals uw wachtwoord om te ondertekenen</translation>
    </message>
    <message>
        <source>--batch is required.</source>
        <translation>--batch is verplicht.</translation>
    </message>
    <message>
        <source>--meaning is one of: %1.</source>
        <translation>--meaning is een van: %1.</translation>
    </message>
    <message>
        <source>--exception and --comment are required.</source>
        <translation>--exception en --comment zijn verplicht.</translation>
    </message>
    <message>
        <source>Signing &quot;%1&quot; for batch %2: %3</source>
        <translation>&quot;%1&quot; ondertekenen voor batch %2: %3</translation>
    </message>
    <message>
        <source>Password to sign as %1: </source>
        <translation>Wachtwoord om te ondertekenen als %1: </translation>
    </message>
    <message>
        <source>Signed: %1; batch %2 is now &quot;%3&quot;.</source>
        <translation>Ondertekend: %1; batch %2 heeft nu de status &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Print one product&apos;s series of a test with its control limits, moving ranges, capability and the rules each point violates.</source>
        <translation>De reeks van één product voor een test afdrukken, met regelgrenzen, moving ranges, procescapabiliteit en de regels die elk punt overtreedt.</translation>
    </message>
    <message>
        <source>The product code.</source>
        <translation>De productcode.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>The test code.</source>
        <translation>De testcode.</translation>
    </message>
    <message>
        <source>Only this site (may be repeated).</source>
        <translation>Alleen deze locatie (mag worden herhaald).</translation>
    </message>
    <message>
        <source>site</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>Made on or after (YYYY-MM-DD).</source>
        <translation>Geproduceerd op of na (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Made on or before (YYYY-MM-DD).</source>
        <translation>Geproduceerd op of vóór (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>imr (default) or lj (Levey-Jennings).</source>
        <translation>imr (standaard) of lj (Levey-Jennings).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>Limits from the first K points (default: all).</source>
        <translation>Grenzen uit de eerste K punten (standaard: alle).</translation>
    </message>
    <message>
        <source>Limits from the batches made from this date (YYYY-MM-DD)...</source>
        <translation>Grenzen uit de batches geproduceerd vanaf deze datum (JJJJ-MM-DD)...</translation>
    </message>
    <message>
        <source>...to this date.</source>
        <translation>...tot en met deze datum.</translation>
    </message>
    <message>
        <source>Limits from a frozen baseline of this name.</source>
        <translation>Grenzen uit een vastgezette referentieperiode met deze naam.</translation>
    </message>
    <message>
        <source>westgard, nelson (default), all, or a list of rule ids separated by commas.</source>
        <translation>westgard, nelson (standaard), all of een lijst van regel-id&apos;s, gescheiden door komma&apos;s.</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>regels</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (standaard) of json.</translation>
    </message>
    <message>
        <source>--product and --test are required.</source>
        <translation>--product en --test zijn verplicht.</translation>
    </message>
    <message>
        <source>--%1 is a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 is een datum als JJJJ-MM-DD, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--chart is imr or lj.</source>
        <translation>--chart is imr of lj.</translation>
    </message>
    <message>
        <source>--baseline is a number of points, at least 2.</source>
        <translation>--baseline is een aantal punten, minimaal 2.</translation>
    </message>
    <message>
        <source>--rules: unknown rule in &quot;%1&quot;.</source>
        <translation>--rules: onbekende regel in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--baseline-from and --baseline-to are both dates as YYYY-MM-DD.</source>
        <translation>--baseline-from en --baseline-to zijn beide datums als JJJJ-MM-DD.</translation>
    </message>
    <message>
        <source>charts cannot be drawn by this build.</source>
        <translation>deze build kan geen regelkaarten tekenen.</translation>
    </message>
    <message>
        <source>List the out-of-trend rules per product and test, or set them for one test (administrators): their violations become out-of-trend exceptions in review.</source>
        <translation>De regels voor buiten trend (OOT) per product en test weergeven, of ze voor één test instellen (beheerders): overtredingen ervan worden OOT-uitzonderingen in de beoordeling.</translation>
    </message>
    <message>
        <source>westgard, nelson, all, a list of rule ids, or none to switch the check off.</source>
        <translation>westgard, nelson, all, een lijst van regel-id&apos;s, of none om de controle uit te schakelen.</translation>
    </message>
    <message>
        <source>--rules needs --product and --test.</source>
        <translation>--rules vereist --product en --test.</translation>
    </message>
    <message>
        <source>Trend: batches made on or after; audit: events on or after this day, UTC (YYYY-MM-DD).</source>
        <translation>Trend: batches geproduceerd op of na; audit: gebeurtenissen op of na deze dag, UTC (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Trend: batches made on or before; audit: events on or before this day, UTC (YYYY-MM-DD).</source>
        <translation>Trend: batches geproduceerd op of vóór; audit: gebeurtenissen op of vóór deze dag, UTC (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Write a release document as a PDF/A file: coa (Certificate of Analysis), release (batch release certificate), review (batch review report), audit (audit-trail report of a batch, or of the store by days, user and action) or trend (the trend options as for &quot;trend&quot;). The document is recorded in the store&apos;s register; verify-document checks it later.</source>
        <translation>Een vrijgiftedocument als PDF/A-bestand wegschrijven: coa (analysecertificaat), release (vrijgiftecertificaat), review (beoordelingsrapport), audit (audittrailrapport van een batch, of van de gegevensopslag per dag, gebruiker en actie) of trend (trendopties zoals bij &quot;trend&quot;). Het document wordt vastgelegd in het register van de gegevensopslag; verify-document controleert het later.</translation>
    </message>
    <message>
        <source>The batch.</source>
        <translation>De batch.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (standaard) of letter.</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>Audit report: only the events of this user.</source>
        <translation>Auditrapport: alleen de gebeurtenissen van deze gebruiker.</translation>
    </message>
    <message>
        <source>Audit report: only this action (e.g. batch.signed).</source>
        <translation>Auditrapport: alleen deze actie (bijv. batch.signed).</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>KIND is one of %1, not &quot;%2&quot;.</source>
        <translation>KIND is een van %1, niet &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--paper is a4 or letter.</source>
        <translation>--paper is a4 of letter.</translation>
    </message>
    <message>
        <source>-o FILE.pdf is required.</source>
        <translation>-o FILE.pdf is verplicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 version %3: %n page(s)%4, hash %5, in %6 ms.</source>
        <translation>
            <numerusform>%1 %2 versie %3: %n pagina%4, hash %5, in %6 ms.</numerusform>
            <numerusform>%1 %2 versie %3: %n pagina&apos;s%4, hash %5, in %6 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source> (draft)</source>
        <translation> (concept)</translation>
    </message>
    <message>
        <source>Check a PDF issued by ReleaseDesk: that the file is the one issued, that the record and its signatures still give the same document, and that the audit trail verifies. Exit status 0 when all hold, 1 when not.</source>
        <translation>Een door ReleaseDesk uitgegeven PDF controleren: dat het bestand het uitgegeven bestand is, dat het record en de handtekeningen nog steeds hetzelfde document opleveren en dat de verificatie van de audittrail slaagt. Exitstatus 0 als alles klopt, 1 als dat niet zo is.</translation>
    </message>
    <message>
        <source>The store it was issued from.</source>
        <translation>De gegevensopslag waaruit het document is uitgegeven.</translation>
    </message>
    <message>
        <source>store</source>
        <translation>opslag</translation>
    </message>
    <message>
        <source>--store STORE is required.</source>
        <translation>--store STORE is verplicht.</translation>
    </message>
    <message>
        <source>List the manufacturing sites with their authorisation and address, or register one (administrators): release certificates print them.</source>
        <translation>De productielocaties weergeven met hun fabrikantenvergunning en adres, of een locatie registreren (beheerders): vrijgiftecertificaten vermelden deze gegevens.</translation>
    </message>
    <message>
        <source>Register or change this site.</source>
        <translation>Deze locatie registreren of wijzigen.</translation>
    </message>
    <message>
        <source>Its manufacturing authorisation reference.</source>
        <translation>Referentie van de fabrikantenvergunning.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>referentie</translation>
    </message>
    <message>
        <source>Its address.</source>
        <translation>Het adres.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>Site %1 registered.</source>
        <translation>Locatie %1 geregistreerd.</translation>
    </message>
    <message>
        <source>The language the document is printed in: en, nl, de or ja (default: the language of the command line).</source>
        <translation>De taal waarin het document wordt afgedrukt: en, nl, de of ja (standaard: de taal van de opdrachtregel).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output; it is replaced atomically, readable by you only (mode 0600).</source>
        <translation>Naar dit bestand schrijven in plaats van naar standaarduitvoer; het wordt atomair vervangen en is alleen voor u leesbaar (modus 0600).</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output, readable by you only (mode 0600).</source>
        <translation>Naar dit bestand schrijven in plaats van naar standaarduitvoer, alleen voor u leesbaar (modus 0600).</translation>
    </message>
    <message>
        <source>Also draw the chart to this PNG file, readable by you only (mode 0600).</source>
        <translation>De regelkaart ook opslaan als dit PNG-bestand, alleen voor u leesbaar (modus 0600).</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced atomically, readable by you only: mode 0600).</source>
        <translation>Het PDF-bestand dat wordt weggeschreven (atomair vervangen, alleen voor u leesbaar: modus 0600).</translation>
    </message>
    <message>
        <source>Store root fingerprint (printed on every document; keep it with the recovery code and compare it with releasedesk verify --fingerprint):</source>
        <translation>Vingerafdruk van de rootsleutel van de gegevensopslag (afgedrukt op elk document; bewaar hem bij de herstelcode en vergelijk hem met releasedesk verify --fingerprint):</translation>
    </message>
    <message>
        <source>Refuse the store unless its root has this fingerprint (as printed at init and on every document).</source>
        <translation>De gegevensopslag weigeren als de rootsleutel ervan niet deze vingerafdruk heeft (zoals afgedrukt bij init en op elk document).</translation>
    </message>
    <message>
        <source>FP</source>
        <translation>FP</translation>
    </message>
    <message>
        <source>ok: %1 events; signed checkpoints verified: %2; electronic signatures verified: %3; records checked against the audit trail: %4; key certificates verified: %5</source>
        <translation>ok: %1 gebeurtenissen; ondertekende controlepunten geverifieerd: %2; elektronische handtekeningen geverifieerd: %3; records gecontroleerd tegen de audittrail: %4; sleutelcertificaten geverifieerd: %5</translation>
    </message>
    <message>
        <source>store root fingerprint: %1</source>
        <translation>vingerafdruk van de rootsleutel van de gegevensopslag: %1</translation>
    </message>
    <message>
        <source>lost: %1</source>
        <translation>verloren: %1</translation>
    </message>
    <message>
        <source>on hold for a new decision: batch %1</source>
        <translation>geblokkeerd voor een nieuw besluit: batch %1</translation>
    </message>
    <message>
        <source>Re-encrypt records.db under a new master key and give it to every active account (administrators only). Needs the store closed everywhere else; a copy of an old key slot then opens nothing. Recorded in the audit trail.</source>
        <translation>records.db opnieuw versleutelen met een nieuwe hoofdsleutel en die aan elk actief account geven (alleen beheerders). De gegevensopslag moet overal elders gesloten zijn; een kopie van een oud sleutelslot opent daarna niets meer. Wordt vastgelegd in de audittrail.</translation>
    </message>
    <message>
        <source>re-key the store</source>
        <translation>de sleutel van de gegevensopslag vernieuwen</translation>
    </message>
    <message>
        <source>on request of %1</source>
        <translation>op verzoek van %1</translation>
    </message>
    <message>
        <source>Re-keyed %1: records.db is under key generation %2.</source>
        <translation>Sleutel van %1 vernieuwd: records.db is versleuteld met sleutelgeneratie %2.</translation>
    </message>
    <message>
        <source>Upgrade a store made by an earlier ReleaseDesk, before key certificates, with the recovery code: it is verified as it is, then a store root is made, every signing key certified by it, every record bound into the audit trail and the store re-keyed. Prints the new root&apos;s fingerprint.</source>
        <translation>Een gegevensopslag upgraden die door een eerdere versie van ReleaseDesk is gemaakt, van vóór de sleutelcertificaten, met de herstelcode: deze wordt eerst geverifieerd zoals hij is, daarna wordt een rootsleutel gemaakt, wordt elke ondertekeningssleutel daarmee gecertificeerd, wordt elk record aan de audittrail gekoppeld en wordt de sleutel van de gegevensopslag vernieuwd. Drukt de vingerafdruk van de nieuwe rootsleutel af.</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>de herstelcode</translation>
    </message>
    <message>
        <source>Upgraded %1.</source>
        <translation>%1 geüpgraded.</translation>
    </message>
    <message>
        <source>certified by the new root: %1</source>
        <translation>gecertificeerd door de nieuwe rootsleutel: %1</translation>
    </message>
    <message>
        <source>these accounts need a password reset (their key is not in force): %1</source>
        <translation>voor deze accounts moet het wachtwoord opnieuw worden ingesteld (hun sleutel is niet geldig): %1</translation>
    </message>
    <message>
        <source>State: %1 — NOT BORNE OUT: %2</source>
        <translation>Status: %1 — NIET BEVESTIGD: %2</translation>
    </message>
    <message>
        <source>   NOT VALID: %1</source>
        <translation>   NIET GELDIG: %1</translation>
    </message>
    <message>
        <source>   signed with %1</source>
        <translation>   ondertekend met %1</translation>
    </message>
    <message>
        <source>The disclosure is recorded in the audit trail. In the sqlcipher shell of SQLCipher 3 or 4 give these three lines first, in this order.</source>
        <translation>De openbaarmaking is vastgelegd in de audittrail. Geef in de sqlcipher-shell van SQLCipher 3 of 4 eerst deze drie regels, in deze volgorde.</translation>
    </message>
    <message>
        <source>Change a decided batch under this change control, &quot;REFERENCE: reason&quot;; the batch goes on hold for a new review and decision.</source>
        <translation>Een batch waarover een besluit is genomen wijzigen onder dit wijzigingsbeheer, &quot;REFERENTIE: reden&quot;; de batch wordt geblokkeerd voor een nieuwe beoordeling en een nieuw besluit.</translation>
    </message>
    <message>
        <source>Assign to a decided batch under this change control, &quot;REFERENCE: reason&quot;; the batch goes on hold for a new review and decision.</source>
        <translation>Toewijzen aan een batch waarover een besluit is genomen, onder dit wijzigingsbeheer, &quot;REFERENTIE: reden&quot;; de batch wordt geblokkeerd voor een nieuwe beoordeling en een nieuw besluit.</translation>
    </message>
    <message>
        <source>*** %1 ***</source>
        <translation>*** %1 ***</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>Vervaldatum: %1</translation>
    </message>
    <message>
        <source>The first administrator&apos;s employee number or other identifier unique to them.</source>
        <translation>Het personeelsnummer van de eerste beheerder, of een andere identificatie die uniek is voor deze persoon.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSOON</translation>
    </message>
    <message>
        <source>, hand-over to confirm</source>
        <translation>, overdracht te bevestigen</translation>
    </message>
    <message>
        <source>The person&apos;s employee number or other identifier unique to them.</source>
        <translation>Het personeelsnummer van de persoon, of een andere identificatie die uniek is voor deze persoon.</translation>
    </message>
    <message>
        <source>The account is for a person who already has one (the same identifier or name): link it to them.</source>
        <translation>Het account is voor een persoon die al een account heeft (hetzelfde persoonsnummer of dezelfde naam): koppel het aan die persoon.</translation>
    </message>
    <message>
        <source>--full-name, --role and --person-id are required.</source>
        <translation>--full-name, --role en --person-id zijn verplicht.</translation>
    </message>
    <message>
        <source>Added %1 (%2, person %3, %4); the password must be changed at the first login.</source>
        <translation>%1 toegevoegd (%2, persoon %3, %4); het wachtwoord moet bij de eerste aanmelding worden gewijzigd.</translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next login, and its key signs once another administrator confirms the hand-over (users confirm-handover).</source>
        <translation>Wachtwoord van %1 opnieuw ingesteld; het moet bij de volgende aanmelding worden gewijzigd, en de sleutel van het account ondertekent pas nadat een andere beheerder de overdracht heeft bevestigd (users confirm-handover).</translation>
    </message>
    <message>
        <source>Confirm that the person of an account whose password another administrator reset received it, so that its key may sign (administrators only).</source>
        <translation>Bevestigen dat de persoon van een account waarvan een andere beheerder het wachtwoord opnieuw heeft ingesteld, het account heeft ontvangen, zodat de sleutel ervan mag ondertekenen (alleen beheerders).</translation>
    </message>
    <message>
        <source>Confirmed the hand-over to %1; its key may sign.</source>
        <translation>Overdracht aan %1 bevestigd; de sleutel van het account mag nu ondertekenen.</translation>
    </message>
    <message>
        <source>QC approval of an out-of-specification result: the reference of its OOS investigation.</source>
        <translation>QC-goedkeuring van een resultaat buiten specificatie: de referentie van het OOS-onderzoek.</translation>
    </message>
    <message>
        <source>Usage: %1 specs list|show|approve STORE [--product P] [--version V]
  list [--product P]             every version and its standing
  show --product P --version V   its tests and what changed from the version before
  approve --product P --version V
                                 approve it with your signature (QA reviewers)</source>
        <translation>Gebruik: %1 specs list|show|approve STORE [--product P] [--version V]
  list [--product P]             elke versie en de goedkeuringsstatus ervan
  show --product P --version V   de tests en wat er ten opzichte van de vorige versie is gewijzigd
  approve --product P --version V
                                 met uw handtekening goedkeuren (QA-beoordelaars)</translation>
    </message>
    <message>
        <source>say what to do: list, show or approve.</source>
        <translation>geef aan wat er moet gebeuren: list, show of approve.</translation>
    </message>
    <message>
        <source>List every specification version with who imported it and its approval.</source>
        <translation>Elke specificatieversie weergeven, met wie deze heeft geïmporteerd en de goedkeuring ervan.</translation>
    </message>
    <message>
        <source>Approve a specification version with your electronic signature (QA reviewers other than its importer); it takes effect on its stated date or today, whichever is later.</source>
        <translation>Een specificatieversie goedkeuren met uw elektronische handtekening (QA-beoordelaars die de versie niet zelf hebben geïmporteerd); de versie wordt van kracht op de vermelde datum of vandaag, afhankelijk van welke datum later valt.</translation>
    </message>
    <message>
        <source>Show a specification version&apos;s tests and what changed from the version before.</source>
        <translation>De tests van een specificatieversie weergeven en wat er ten opzichte van de vorige versie is gewijzigd.</translation>
    </message>
    <message>
        <source>The specification version.</source>
        <translation>De specificatieversie.</translation>
    </message>
    <message>
        <source>v</source>
        <translation>v</translation>
    </message>
    <message>
        <source>--product and --version are required.</source>
        <translation>--product en --version zijn verplicht.</translation>
    </message>
    <message>
        <source>Approving specification %1 version %2: by signing you approve it as the specification batches of %1 are judged against.</source>
        <translation>Goedkeuring van specificatie %1 versie %2: door te ondertekenen keurt u deze goed als de specificatie aan de hand waarvan batches van %1 worden beoordeeld.</translation>
    </message>
    <message>
        <source>Specification %1 version %2: %3.</source>
        <translation>Specificatie %1 versie %2: %3.</translation>
    </message>
    <message>
        <source>The store has no specifications.</source>
        <translation>De gegevensopslag bevat geen specificaties.</translation>
    </message>
    <message>
        <source>There is no specification of product %1.</source>
        <translation>Er is geen specificatie van product %1.</translation>
    </message>
    <message>
        <source>PRODUCT</source>
        <translation>PRODUCT</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIE</translation>
    </message>
    <message>
        <source>STATED</source>
        <translation>INGANGSDATUM</translation>
    </message>
    <message>
        <source>IMPORTED BY</source>
        <translation>GEÏMPORTEERD DOOR</translation>
    </message>
    <message>
        <source>STANDING</source>
        <translation>GOEDKEURINGSSTATUS</translation>
    </message>
    <message>
        <source>Product %1 has no specification version %2.</source>
        <translation>Product %1 heeft geen specificatieversie %2.</translation>
    </message>
    <message>
        <source>Specification %1 version %2 (%3), stated effective %4, imported by %5</source>
        <translation>Specificatie %1 versie %2 (%3), vermelde ingangsdatum %4, geïmporteerd door %5</translation>
    </message>
    <message>
        <source>Standing: %1</source>
        <translation>Goedkeuringsstatus: %1</translation>
    </message>
    <message>
        <source>, not critical</source>
        <translation>, niet vrijgiftekritisch</translation>
    </message>
    <message>
        <source>, may be pending</source>
        <translation>, mag openstaand zijn</translation>
    </message>
    <message>
        <source>Changed from version %1:</source>
        <translation>Gewijzigd ten opzichte van versie %1:</translation>
    </message>
    <message>
        <source>The first version of %1.</source>
        <translation>De eerste versie van %1.</translation>
    </message>
    <message>
        <source>  nothing but the version and dates</source>
        <translation>  alleen de versie en de datums</translation>
    </message>
    <message>
        <source>say what to do after the store: exceptions, disposition, sign, status or rejudge.</source>
        <translation>geef na STORE aan wat er moet gebeuren: exceptions, disposition, sign, status of rejudge.</translation>
    </message>
    <message>
        <source>Judge a batch against another approved version of its specification (QA reviewers); it goes back through QC approval and review.</source>
        <translation>Een batch beoordelen aan de hand van een andere goedgekeurde versie van de specificatie (QA-beoordelaars); de batch doorloopt opnieuw QC-goedkeuring en beoordeling.</translation>
    </message>
    <message>
        <source>The approved specification version.</source>
        <translation>De goedgekeurde specificatieversie.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Reden.</translation>
    </message>
    <message>
        <source>A decided batch: &quot;REFERENCE: reason&quot;.</source>
        <translation>Een batch waarover een besluit is genomen: &quot;REFERENTIE: reden&quot;.</translation>
    </message>
    <message>
        <source>--version and --reason are required.</source>
        <translation>--version en --reason zijn verplicht.</translation>
    </message>
    <message>
        <source>Batch %1 is judged against specification version %2%3; it is now &quot;%4&quot;.</source>
        <translation>Batch %1 wordt beoordeeld aan de hand van specificatieversie %2%3; de status is nu &quot;%4&quot;.</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (was %1)</translation>
    </message>
    <message>
        <source>   disposition: %1 — %2%3 (%4, %5)</source>
        <translation>   afhandeling: %1 — %2%3 (%4, %5)</translation>
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
        <translation>Gebruik: %1 review STORE exceptions|disposition|sign|status --batch NUMBER ...
  exceptions --batch N                    uitzonderingen die een oordeel vereisen
  disposition --batch N --exception K --comment TEXT [--deviation REF]
       [--outcome no-impact|with-reference|not-acceptable]
  sign --batch N --meaning MEANING [--comment TEXT]
       [--physician-request REF --risk-evaluation TEXT] [--investigation REF]
  status --batch N                        status, uitzonderingen en handtekeningen
  rejudge --batch N --version V --reason TEXT [--change-control TEXT]
                                          beoordelen aan de hand van een andere
                                          goedgekeurde specificatieversie
MEANING is een van: %2.</translation>
    </message>
    <message>
        <source>The outcome: %1 (default: with-reference when --deviation is given, else no-impact).</source>
        <translation>De uitkomst: %1 (standaard: with-reference als --deviation is opgegeven, anders no-impact).</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>uitkomst</translation>
    </message>
    <message>
        <source>--outcome is one of: %1.</source>
        <translation>--outcome is een van: %1.</translation>
    </message>
    <message>
        <source>Disposition recorded for %1: %2.</source>
        <translation>Afhandeling vastgelegd voor %1: %2.</translation>
    </message>
    <message>
        <source>--admin, --full-name and --person-id are required.</source>
        <translation>--admin, --full-name en --person-id zijn verplicht.</translation>
    </message>
    <message>
        <source>State the person of an account made before person identifiers, once (administrators only).</source>
        <translation>Eenmalig de persoon opgeven van een account dat is aangemaakt toen er nog geen persoonsnummers waren (alleen beheerders).</translation>
    </message>
    <message>
        <source>The account is of a person who already has another (the same identifier): link it to them.</source>
        <translation>Het account is van een persoon die al een ander account heeft (hetzelfde persoonsnummer): koppel het aan die persoon.</translation>
    </message>
    <message>
        <source>--person-id is required.</source>
        <translation>--person-id is verplicht.</translation>
    </message>
    <message>
        <source>%1 (%2) belongs to the person %3.</source>
        <translation>%1 (%2) hoort bij de persoon %3.</translation>
    </message>
    <message>
        <source>Usage: %1 users list|add|disable|reset-password|confirm-handover|state-person STORE ...</source>
        <translation>Gebruik: %1 users list|add|disable|reset-password|confirm-handover|state-person STORE ...</translation>
    </message>
    <message>
        <source>say what to do: list, add, disable, reset-password, confirm-handover or state-person.</source>
        <translation>geef aan wat er moet gebeuren: list, add, disable, reset-password, confirm-handover of state-person.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, add, disable, reset-password, confirm-handover or state-person.</source>
        <translation>onbekende actie &quot;%1&quot;; gebruik list, add, disable, reset-password, confirm-handover of state-person.</translation>
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
        <translation>Gebruik: %1 [VERB] ...

Zonder opdracht wordt het venster geopend (opties: --store FOLDER, --user NAME).

Opdrachten:
  init STORE --admin NAME --full-name NAME --person-id ID
                                             een nieuwe gegevensopslag aanmaken
  demo STORE [--batches N] [--seed S]        een demo-opslag aanmaken
  import STORE FILE... [--supersede --reason TEXT] [--change-control TEXT]
                                             records en resultaten importeren
  export STORE specifications|batches|results|unassigned [--format csv|json]
         [--batch NUMBER] [--out FILE]       records wegschrijven zoals geïmporteerd
  inbox list|assign|reject STORE ...         niet-toegewezen resultaten
  review STORE exceptions|disposition|sign|status --batch NUMBER ...
                                             een batch beoordelen en vrijgeven
  trend STORE --product P --test T [--site S] [--from D --to D] [--chart imr|lj]
        [--baseline K] [--rules nelson|westgard|LIST] [--format csv|json]
                                             de getallen van een regelkaart
  oot-rules STORE [--product P --test T --rules LIST|none]
                                             OOT-regels voor de beoordeling
  report STORE coa|release|review|audit|trend [--batch NUMBER]
         [--paper a4|letter] [--language en|nl|de|ja] -o FILE.pdf
                                             een vrijgiftedocument als PDF/A
  verify-document FILE.pdf --store STORE     een uitgegeven document controleren
  sites STORE [--set NAME --authorisation REF --address TEXT]
                                             productielocaties
  specs list|show|approve STORE [--product P --version V]
                                             specificatieversies, goedkeuring
  users list|add|disable|reset-password|confirm-handover|state-person STORE ...
                                             accounts beheren
  passwd STORE                               uw wachtwoord wijzigen
  verify STORE [--fingerprint FP]            audittrail, records, sleutels verifiëren
  rekey STORE                                nieuwe hoofdsleutel voor de gegevensopslag
  recover STORE --admin NAME|--show-raw-key|--accept-rollback
                                             de herstelcode gebruiken
  upgrade STORE                              een gegevensopslag van een eerdere
                                             versie upgraden (herstelcode)

Wachtwoorden worden in de terminal gevraagd, of van standaardinvoer gelezen met
--password-stdin; nooit uit argumenten. &quot;%1 VERB --help&quot; geeft meer uitleg.
Exitcodes: 0 uitgevoerd, 1 geweigerd of mislukt, 2 onjuist gebruik.</translation>
    </message>
</context>
<context>
    <name>rd::Csv</name>
    <message>
        <source>a quoted field is never closed (a missing &quot;)</source>
        <translation>een veld tussen aanhalingstekens wordt nergens afgesloten (er ontbreekt een &quot;)</translation>
    </message>
    <message>
        <source>characters follow a closing quote</source>
        <translation>er volgen tekens na een afsluitend aanhalingsteken</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>een aanhalingsteken in een veld zonder aanhalingstekens</translation>
    </message>
</context>
<context>
    <name>rd::DecisionLog</name>
    <message>
        <source>The signature is recorded, but its copy could not be added to %1 (%2); verify will say so until it is.</source>
        <translation>De handtekening is vastgelegd, maar de kopie ervan kon niet aan %1 worden toegevoegd (%2); verify meldt dit totdat dat alsnog is gebeurd.</translation>
    </message>
    <message>
        <source>%1, line %2, is not a signature ReleaseDesk wrote.</source>
        <translation>%1, regel %2, is geen handtekening die ReleaseDesk heeft geschreven.</translation>
    </message>
</context>
<context>
    <name>rd::DemoStore</name>
    <message>
        <source>The number of batches must be from 0 to %1.</source>
        <translation>Het aantal batches moet tussen 0 en %1 liggen.</translation>
    </message>
    <message>
        <source>batch records: %1 of %2</source>
        <translation>batchrecords: %1 van %2</translation>
    </message>
    <message>
        <source>results of %1 of %2 batches</source>
        <translation>resultaten van %1 van %2 batches</translation>
    </message>
</context>
<context>
    <name>rd::DocumentDate</name>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <comment>printed date: %1 day, %2 abbreviated month, %3 year</comment>
        <translation>%1-%2-%3</translation>
    </message>
</context>
<context>
    <name>rd::ESignatures</name>
    <message>
        <source>Cannot read the signatures</source>
        <translation>Kan de handtekeningen niet lezen</translation>
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
        <translation>Kan de handtekening niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Kan de audittrail niet lezen</translation>
    </message>
    <message>
        <source>signature %1 (batch %2, &quot;%3&quot; by %4)</source>
        <translation>handtekening %1 (batch %2, &quot;%3&quot; door %4)</translation>
    </message>
    <message>
        <source>%1 does not verify: the signature or what it covers was altered.</source>
        <translation>%1 kan niet worden geverifieerd: de handtekening of wat deze dekt is gewijzigd.</translation>
    </message>
    <message>
        <source>%1 names audit event %2 as the chain head, but that event does not match.</source>
        <translation>%1 noemt auditgebeurtenis %2 als kop van de keten, maar die gebeurtenis komt niet overeen.</translation>
    </message>
    <message>
        <source>%1 is not the one the audit trail recorded.</source>
        <translation>%1 is niet de handtekening die de audittrail heeft vastgelegd.</translation>
    </message>
    <message>
        <source>Audit event %1 records signature %2 of batch %3, which is missing.</source>
        <translation>Auditgebeurtenis %1 legt handtekening %2 van batch %3 vast, maar die ontbreekt.</translation>
    </message>
    <message>
        <source>Cannot read the batch states</source>
        <translation>Kan de batchstatussen niet lezen</translation>
    </message>
    <message>
        <source>Batch %1 is recorded as &quot;%2&quot;, which its signatures do not bear out.</source>
        <translation>Batch %1 is vastgelegd met de status &quot;%2&quot;, maar de handtekeningen bevestigen dat niet.</translation>
    </message>
    <message>
        <source>Batch %1 has signatures but no recorded state.</source>
        <translation>Batch %1 heeft handtekeningen maar geen vastgelegde status.</translation>
    </message>
    <message>
        <source>A signature lacks its field %1.</source>
        <translation>Aan een handtekening ontbreekt het veld %1.</translation>
    </message>
    <message>
        <source>A signature&apos;s id or time is not valid.</source>
        <translation>De id of het tijdstip van een handtekening is ongeldig.</translation>
    </message>
    <message>
        <source>%1 cannot be trusted: %2</source>
        <translation>%1 is niet betrouwbaar: %2</translation>
    </message>
    <message>
        <source>%1 names %2 as %3, but its key is certified for %4 as %5.</source>
        <translation>%1 noemt %2 als %3, maar de sleutel ervan is gecertificeerd voor %4 als %5.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verificatie geannuleerd.</translation>
    </message>
</context>
<context>
    <name>rd::ExceptionEngine</name>
    <message>
        <source>(no time)</source>
        <translation>(geen tijd)</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Out of specification</source>
        <translation>Buiten specificatie</translation>
    </message>
    <message>
        <source>Out of trend</source>
        <translation>Buiten trend</translation>
    </message>
    <message>
        <source>Missing test</source>
        <translation>Ontbrekende test</translation>
    </message>
    <message>
        <source>Pending test</source>
        <translation>Openstaande test</translation>
    </message>
    <message>
        <source>Open deviation</source>
        <translation>Openstaande afwijking</translation>
    </message>
    <message>
        <source>Closed deviation</source>
        <translation>Gesloten afwijking</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Chain of identity</translation>
    </message>
    <message>
        <source>Custody timing</source>
        <translation>Custody-tijden</translation>
    </message>
    <message>
        <source>Custody temperature</source>
        <translation>Custody-temperatuur</translation>
    </message>
    <message>
        <source>Process parameter</source>
        <translation>Procesparameter</translation>
    </message>
    <message>
        <source>Step verification</source>
        <translation>Verificatie van stap</translation>
    </message>
    <message>
        <source>Expired material</source>
        <translation>Vervallen materiaal</translation>
    </message>
    <message>
        <source>Equipment calibration</source>
        <translation>Kalibratie van apparatuur</translation>
    </message>
    <message>
        <source>Environmental monitoring</source>
        <translation>Omgevingsmonitoring</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Handmatige invoer</translation>
    </message>
    <message>
        <source>Superseded data</source>
        <translation>Vervangen gegevens</translation>
    </message>
    <message>
        <source>Invalidated result</source>
        <translation>Ongeldig verklaard resultaat</translation>
    </message>
    <message>
        <source>Failed after conditional release</source>
        <translation>Buiten specificatie na voorwaardelijke vrijgifte</translation>
    </message>
    <message>
        <source>Changed after signing</source>
        <translation>Gewijzigd na ondertekening</translation>
    </message>
    <message>
        <source>%1 to %2%3</source>
        <translation>%1 tot %2%3</translation>
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
        <translation>(gerapporteerd)</translation>
    </message>
    <message>
        <source>No specification of %1 was in force on %2: no result can be judged.</source>
        <translation>Op %2 was geen specificatie van %1 van kracht: er kan geen resultaat worden beoordeeld.</translation>
    </message>
    <message>
        <source>%1 failed after the batch was conditionally released: %2 (specification %3). Inform the treating physician and decide on the batch.</source>
        <translation>%1 voldoet niet aan de specificatie, terwijl de batch al voorwaardelijk was vrijgegeven: %2 (specificatie %3). Informeer de behandelend arts en neem een besluit over de batch.</translation>
    </message>
    <message>
        <source>%1 is out of specification: %2 on sample %3 (specification %4, version %5).</source>
        <translation>%1 is buiten specificatie: %2 bij monster %3 (specificatie %4, versie %5).</translation>
    </message>
    <message>
        <source>%1 is still pending; the specification allows release before it is complete (conditional release).</source>
        <translation>%1 is nog openstaand; de specificatie staat vrijgifte toe voordat deze test is afgerond (voorwaardelijke vrijgifte).</translation>
    </message>
    <message>
        <source>%1 has no result yet; the specification allows release before it is complete (conditional release).</source>
        <translation>%1 heeft nog geen resultaat; de specificatie staat vrijgifte toe voordat deze test is afgerond (voorwaardelijke vrijgifte).</translation>
    </message>
    <message>
        <source>%1 is still pending, and the specification requires its result before release.</source>
        <translation>%1 is nog openstaand en de specificatie vereist het resultaat vóór vrijgifte.</translation>
    </message>
    <message>
        <source>%1 has no result, and the specification requires one before release.</source>
        <translation>%1 heeft geen resultaat en de specificatie vereist een resultaat vóór vrijgifte.</translation>
    </message>
    <message>
        <source>%1 on sample %2 (%3) is out of trend: %4.</source>
        <translation>%1 bij monster %2 (%3) is buiten trend: %4.</translation>
    </message>
    <message>
        <source>%1 on sample %2 was invalidated: %3</source>
        <translation>%1 bij monster %2 is ongeldig verklaard: %3</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(geen reden opgegeven)</translation>
    </message>
    <message>
        <source>%1 on sample %2 is version %3: an earlier value was superseded.</source>
        <translation>%1 bij monster %2 is versie %3: een eerdere waarde is vervangen.</translation>
    </message>
    <message>
        <source>The batch record is version %1: earlier versions were superseded.</source>
        <translation>Het batchrecord is versie %1: eerdere versies zijn vervangen.</translation>
    </message>
    <message>
        <source>Critical deviation %1 is still open: %2. No release is possible until it is closed.</source>
        <translation>Kritieke afwijking %1 is nog open: %2. Vrijgifte is pas mogelijk als deze is gesloten.</translation>
    </message>
    <message>
        <source>Deviation %1 (%2) is still open: %3.</source>
        <translation>Afwijking %1 (%2) is nog open: %3.</translation>
    </message>
    <message>
        <source>Deviation %1 (%2) was closed: %3. Impact: %4</source>
        <translation>Afwijking %1 (%2) is gesloten: %3. Impact: %4</translation>
    </message>
    <message>
        <source>(none stated)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <source>The chain-of-identity number &quot;%1&quot; is not a valid ISBT 128 donation identification number with its check character.</source>
        <translation>Het COI-nummer &quot;%1&quot; is geen geldig ISBT 128-donatie-identificatienummer met controleteken.</translation>
    </message>
    <message>
        <source>The chain-of-identity number %1 does not match its check character (%2 expected): the identity of the starting material is in doubt.</source>
        <translation>Het COI-nummer %1 komt niet overeen met het controleteken (%2 verwacht): de identiteit van het uitgangsmateriaal is onzeker.</translation>
    </message>
    <message>
        <source>The custody record says the material was collected at %1, the chain of identity says %2.</source>
        <translation>Volgens het custodyrecord is het materiaal afgenomen op %1, volgens de chain of identity op %2.</translation>
    </message>
    <message>
        <source>Custody event &quot;%1&quot; (%2) is recorded before the event before it (&quot;%3&quot;, %4).</source>
        <translation>Custody-gebeurtenis &quot;%1&quot; (%2) is vastgelegd vóór de voorafgaande gebeurtenis (&quot;%3&quot;, %4).</translation>
    </message>
    <message>
        <source>Temperature excursion at &quot;%1&quot; (%2, %3): %4 °C, outside %5 to %6 °C.</source>
        <translation>Temperatuurexcursie bij &quot;%1&quot; (%2, %3): %4 °C, buiten %5 tot %6 °C.</translation>
    </message>
    <message>
        <source>Processing started %1 hours after collection; the limit is %2 hours.</source>
        <translation>De verwerking is %1 uur na de afname gestart; de grens is %2 uur.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3 was %4 %5, outside its range %6 %5.</source>
        <translation>Stap %1 (%2): %3 was %4 %5, buiten het bereik %6 %5.</translation>
    </message>
    <message>
        <source>Step %1 (%2) was not verified by a second person.</source>
        <translation>Stap %1 (%2) is niet door een tweede persoon geverifieerd.</translation>
    </message>
    <message>
        <source>Step %1 (%2) was performed and verified by the same person (%3).</source>
        <translation>Stap %1 (%2) is door dezelfde persoon uitgevoerd en geverifieerd (%3).</translation>
    </message>
    <message>
        <source>Step %1 (%2) has manually entered data.</source>
        <translation>Stap %1 (%2) bevat handmatig ingevoerde gegevens.</translation>
    </message>
    <message>
        <source>Step %1 (%2) has manually entered data: %3</source>
        <translation>Stap %1 (%2) bevat handmatig ingevoerde gegevens: %3</translation>
    </message>
    <message>
        <source>Material %1 (%2), lot %3, expired on %4 and was used on %5.</source>
        <translation>Materiaal %1 (%2), lot %3, was vervallen op %4 en is gebruikt op %5.</translation>
    </message>
    <message>
        <source>Equipment %1 (%2) was past its calibration date (%3) when used on %4.</source>
        <translation>De kalibratiedatum van apparatuur %1 (%2) was verstreken (%3) bij gebruik op %4.</translation>
    </message>
    <message>
        <source>particles ≥0.5 µm/m³</source>
        <translation>deeltjes ≥0.5 µm/m³</translation>
    </message>
    <message>
        <source>particles ≥5 µm/m³</source>
        <translation>deeltjes ≥5 µm/m³</translation>
    </message>
    <message>
        <source>CFU</source>
        <translation>KVE</translation>
    </message>
    <message>
        <source>EM action limit reached in %1 (grade %2, %3) at %4: %5 %6, action limit %7.</source>
        <translation>EM-actiegrens bereikt in %1 (klasse %2, %3) op %4: %5 %6, actiegrens %7.</translation>
    </message>
    <message>
        <source>EM alert limit reached in %1 (grade %2, %3) at %4: %5 %6, alert limit %7.</source>
        <translation>EM-alertgrens bereikt in %1 (klasse %2, %3) op %4: %5 %6, alertgrens %7.</translation>
    </message>
    <message>
        <source>The record changed after &quot;%1&quot; was signed by %2 on %3; that signature no longer covers the current content.</source>
        <translation>Het record is gewijzigd nadat &quot;%1&quot; door %2 is ondertekend op %3; die handtekening dekt de huidige inhoud niet meer.</translation>
    </message>
    <message>
        <source>The out-of-trend check could not run for %1</source>
        <translation>De OOT-controle kon niet worden uitgevoerd voor %1</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, nog %2</translation>
    </message>
    <message>
        <source>%1, EXPIRED %2 ago</source>
        <translation>%1, %2 geleden VERVALLEN</translation>
    </message>
    <message>
        <source>The batch expired on %1: an expired product is not released.</source>
        <translation>De batch is vervallen op %1: een vervallen product wordt niet vrijgegeven.</translation>
    </message>
    <message>
        <source>The batch expires on %1, before its planned shipment on %2: it would reach the patient expired.</source>
        <translation>De batch vervalt op %1, vóór de geplande verzending op %2: het product zou de patiënt vervallen bereiken.</translation>
    </message>
    <message>
        <source>The product was shipped to the treatment centre on %1, before it was released.</source>
        <translation>Het product is op %1 naar het behandelcentrum verzonden, voordat het was vrijgegeven.</translation>
    </message>
    <message>
        <source>Step %1 (%2) ran from %3 to %4, outside the batch&apos;s manufacture (%5 to %6).</source>
        <translation>Stap %1 (%2) liep van %3 tot %4, buiten de productie van de batch (%5 tot %6).</translation>
    </message>
    <message>
        <source>QC sample %1 was drawn on %2, outside the batch&apos;s manufacture (%3 to %4).</source>
        <translation>QC-monster %1 is genomen op %2, buiten de productie van de batch (%3 tot %4).</translation>
    </message>
    <message>
        <source>The record changed after &quot;%1&quot; was signed by %2 on %3, and the decision rests on it: its documents print as drafts until the batch is reviewed and decided again.</source>
        <translation>Het record is gewijzigd nadat &quot;%1&quot; door %2 is ondertekend op %3, en het besluit berust daarop: de documenten van de batch worden als concept afgedrukt totdat de batch opnieuw is beoordeeld en er opnieuw een besluit is genomen.</translation>
    </message>
    <message>
        <source>Step %1 (%2) was performed by %3 and verified by &quot;%4&quot;, a look-alike of the same name (it holds %5): one person.</source>
        <translation>Stap %1 (%2) is uitgevoerd door %3 en geverifieerd door &quot;%4&quot;, dat lijkt op dezelfde naam (het bevat %5): het gaat om één en dezelfde persoon.</translation>
    </message>
    <message>
        <source>The identifier read at &quot;%1&quot; (%2) is %3, not the chain of identity %4: the material may be another patient&apos;s.</source>
        <translation>De bij &quot;%1&quot; (%2) gelezen identificatie is %3, niet de chain of identity %4: het materiaal kan van een andere patiënt zijn.</translation>
    </message>
    <message>
        <source>The label of QC sample %1 reads %2, not the chain of identity %3: its results may be another patient&apos;s.</source>
        <translation>Het etiket van QC-monster %1 vermeldt %2, niet de chain of identity %3: de resultaten kunnen van een andere patiënt zijn.</translation>
    </message>
    <message>
        <source>Unknown analyst</source>
        <translation>Onbekende analist</translation>
    </message>
    <message>
        <source>The analyst of %1 is given as &quot;%2&quot;, who is no person with an account in this store: who performed the test is not established.</source>
        <translation>Als analist van %1 is &quot;%2&quot; opgegeven, maar dat is geen persoon met een account in deze gegevensopslag: wie de test heeft uitgevoerd, staat niet vast.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>the label of QC sample %1</source>
        <translation>het etiket van QC-monster %1</translation>
    </message>
    <message numerus="yes">
        <source>No identifier was read at %n point(s) of the chain: %1. Nothing shows that the material there was the patient&apos;s (%2).</source>
        <translation>
            <numerusform>Op %n punt van de keten is geen identificatie gelezen: %1. Niets toont aan dat het materiaal daar van de patiënt was (%2).</numerusform>
            <numerusform>Op %n punten van de keten is geen identificatie gelezen: %1. Niets toont aan dat het materiaal daar van de patiënt was (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The analyst of %1 is not given: who performed the test is not established.</source>
        <translation>De analist van %1 is niet opgegeven: wie de test heeft uitgevoerd, staat niet vast.</translation>
    </message>
    <message>
        <source>It may stand for %1, who then cannot approve these results.</source>
        <translation>Mogelijk wordt %1 bedoeld; die persoon kan deze resultaten dan niet goedkeuren.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
</context>
<context>
    <name>rd::Exporter</name>
    <message>
        <source>%1 are exported as JSON only: their nested parts do not fit CSV rows.</source>
        <translation>%1 worden alleen als JSON geëxporteerd: hun geneste onderdelen passen niet in CSV-rijen.</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>Er is geen batch %1.</translation>
    </message>
    <message>
        <source>%1 items, SHA-256 %2</source>
        <translation>%1 items, SHA-256 %2</translation>
    </message>
    <message>
        <source>Cannot record the export</source>
        <translation>Kan de export niet vastleggen</translation>
    </message>
</context>
<context>
    <name>rd::Fields</name>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>is %1 tekens lang; maximaal %2 toegestaan</translation>
    </message>
    <message>
        <source>is not a number (&quot;%1&quot;)</source>
        <translation>is geen getal (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is out of range (&quot;%1&quot;)</source>
        <translation>valt buiten het bereik (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is not a date and time with its zone, like 2026-03-14T09:30:00Z or 2026-03-14T10:30:00+01:00 (&quot;%1&quot;)</source>
        <translation>is geen datum en tijd met tijdzone, zoals 2026-03-14T09:30:00Z of 2026-03-14T10:30:00+01:00 (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is not a date like 2026-03-14 (&quot;%1&quot;)</source>
        <translation>is geen datum zoals 2026-03-14 (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is not text (%1)</source>
        <translation>is geen tekst (%1)</translation>
    </message>
    <message>
        <source>is not a number (%1)</source>
        <translation>is geen getal (%1)</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>valt buiten het bereik</translation>
    </message>
    <message>
        <source>is not true or false (%1)</source>
        <translation>is niet true of false (%1)</translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2 (%3)</source>
        <translation>is geen geheel getal van %1 tot en met %2 (%3)</translation>
    </message>
    <message>
        <source>is not a list (%1)</source>
        <translation>is geen lijst (%1)</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>heeft %1 items; maximaal %2 toegestaan</translation>
    </message>
    <message>
        <source>is not an object (%1)</source>
        <translation>is geen object (%1)</translation>
    </message>
    <message>
        <source>is not a field of this format (misspelt?)</source>
        <translation>is geen veld van dit formaat (verkeerd gespeld?)</translation>
    </message>
    <message>
        <source>is in the year %1; a time between %2 and %3 is expected (&quot;%4&quot;)</source>
        <translation>ligt in het jaar %1; verwacht wordt een tijdstip tussen %2 en %3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>names a day no calendar has (&quot;%1&quot;)</source>
        <translation>noemt een dag die in geen enkele kalender voorkomt (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>gives the hour %1; hours run from 00 to 23 (the end of a day is 00:00 of the next) (&quot;%2&quot;)</source>
        <translation>geeft het uur %1; uren lopen van 00 tot en met 23 (het einde van een dag is 00:00 van de volgende dag) (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>gives the time to %1 decimals of a second; it is kept to the millisecond, and a finer time would be cut (&quot;%2&quot;)</source>
        <translation>geeft de tijd tot op %1 decimalen van een seconde; de tijd wordt tot op de milliseconde bewaard, en een nauwkeurigere tijd zou worden afgekapt (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>names a time no clock shows (&quot;%1&quot;)</source>
        <translation>noemt een tijdstip dat op geen enkele klok voorkomt (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>has the offset %1%2:%3, which no time zone has (they run from -12:00 to +14:00) (&quot;%4&quot;)</source>
        <translation>heeft de tijdverschuiving %1%2:%3, die geen enkele tijdzone heeft (tijdzones lopen van -12:00 tot +14:00) (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>is in the year %1; a date between %2 and %3 is expected (&quot;%4&quot;)</source>
        <translation>ligt in het jaar %1; verwacht wordt een datum tussen %2 en %3 (&quot;%4&quot;)</translation>
    </message>
    <message>
        <source>gives the time to %1 decimals of a second; it is kept to the nanosecond (nine decimals), and a finer time would be cut (&quot;%2&quot;)</source>
        <translation>geeft de tijd in %1 decimalen van een seconde; die wordt tot op de nanoseconde (negen decimalen) bewaard, en een fijnere tijd zou worden afgekapt (&quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>rd::Formats</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2</source>
        <translation>&quot;%1&quot; is ongeldig als %2</translation>
    </message>
    <message>
        <source>product code</source>
        <translation>productcode</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>is geen object</translation>
    </message>
    <message>
        <source>test code</source>
        <translation>testcode</translation>
    </message>
    <message>
        <source>a test has either limits or an expected result, not both</source>
        <translation>een test heeft grenzen of een verwacht resultaat, niet beide</translation>
    </message>
    <message>
        <source>a test needs limits (lower, upper) or an expected result</source>
        <translation>een test vereist grenzen (lower, upper) of een verwacht resultaat</translation>
    </message>
    <message>
        <source>is above the upper limit (%1 &gt; %2)</source>
        <translation>ligt boven de bovengrens (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; komt twee keer voor</translation>
    </message>
    <message>
        <source>is above high (%1 &gt; %2)</source>
        <translation>ligt boven high (%1 &gt; %2)</translation>
    </message>
    <message>
        <source>batch number</source>
        <translation>batchnummer</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be fresh or cryopreserved</source>
        <translation>is &quot;%1&quot;; moet fresh of cryopreserved zijn</translation>
    </message>
    <message>
        <source>is before startedAt</source>
        <translation>ligt vóór startedAt</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 komt twee keer voor</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be minor, major or critical</source>
        <translation>is &quot;%1&quot;; moet minor, major of critical zijn</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be open or closed</source>
        <translation>is &quot;%1&quot;; moet open of closed zijn</translation>
    </message>
    <message>
        <source>is missing for a closed deviation</source>
        <translation>ontbreekt bij een gesloten afwijking</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be A, B, C or D</source>
        <translation>is &quot;%1&quot;; moet A, B, C of D zijn</translation>
    </message>
    <message>
        <source>sample identifier</source>
        <translation>monsteridentificatie</translation>
    </message>
    <message>
        <source>a pending result has no value yet</source>
        <translation>een openstaand resultaat heeft nog geen waarde</translation>
    </message>
    <message>
        <source>a result has a number or a text, not both</source>
        <translation>een resultaat heeft een getal of een tekst, niet beide</translation>
    </message>
    <message>
        <source>is missing (a %1 result needs a number or a text)</source>
        <translation>ontbreekt (een resultaat met status %1 vereist een getal of een tekst)</translation>
    </message>
    <message>
        <source>is missing: an invalidated result needs one</source>
        <translation>ontbreekt: een ongeldig verklaard resultaat vereist er een</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;; it must be final, pending or invalidated</source>
        <translation>is &quot;%1&quot;; moet final, pending of invalidated zijn</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>has %1 rows; at most %2 are allowed</source>
        <translation>heeft %1 rijen; maximaal %2 zijn toegestaan</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>regel 1</translation>
    </message>
    <message>
        <source>is not a column of QC results (they are: %1)</source>
        <translation>is geen kolom van QC-resultaten (de kolommen zijn: %1)</translation>
    </message>
    <message>
        <source>appears twice</source>
        <translation>komt twee keer voor</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>de kolom ontbreekt</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2</source>
        <translation>heeft %1 velden; de kopregel heeft er %2</translation>
    </message>
    <message>
        <source>automated cell count</source>
        <translation>automatische celtelling</translation>
    </message>
    <message>
        <source>the file holds no cell-counting results this version of ReleaseDesk reads</source>
        <translation>het bestand bevat geen celtellingsresultaten die deze versie van ReleaseDesk kan lezen</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Viabiliteit</translation>
    </message>
    <message>
        <source>Viable cell density</source>
        <translation>Dichtheid levende cellen</translation>
    </message>
    <message>
        <source>Total cell density</source>
        <translation>Totale celdichtheid</translation>
    </message>
    <message>
        <source>Dead cell density</source>
        <translation>Dichtheid dode cellen</translation>
    </message>
    <message>
        <source>Viable cell count</source>
        <translation>Aantal levende cellen</translation>
    </message>
    <message>
        <source>Total cell count</source>
        <translation>Totaal aantal cellen</translation>
    </message>
    <message>
        <source>Dead cell count</source>
        <translation>Aantal dode cellen</translation>
    </message>
    <message>
        <source>Average total cell diameter</source>
        <translation>Gemiddelde diameter alle cellen</translation>
    </message>
    <message>
        <source>Average live cell diameter</source>
        <translation>Gemiddelde diameter levende cellen</translation>
    </message>
    <message>
        <source>Average total cell circularity</source>
        <translation>Gemiddelde circulariteit alle cellen</translation>
    </message>
    <message>
        <source>Average viable cell circularity</source>
        <translation>Gemiddelde circulariteit levende cellen</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>het bestand is leeg (0 bytes)</translation>
    </message>
    <message>
        <source>the file is %1 MiB; at most %2 MiB are read</source>
        <translation>het bestand is %1 MiB; er wordt maximaal %2 MiB gelezen</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte 0x%1 at offset %2)</source>
        <translation>is geen UTF-8-tekst (byte 0x%1 op positie %2)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <source>is not valid JSON (%1)</source>
        <translation>is geen geldige JSON (%1)</translation>
    </message>
    <message>
        <source>version %1 of %2 appears twice</source>
        <translation>versie %1 van %2 komt twee keer voor</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which this version of ReleaseDesk does not read (it reads &quot;%2&quot;, &quot;%3&quot; and &quot;%4&quot;)</source>
        <translation>is &quot;%1&quot;; deze versie van ReleaseDesk leest dat niet (wel &quot;%2&quot;, &quot;%3&quot; en &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>the format is not recognised: a JSON file needs &quot;format&quot;: &quot;%1&quot;, &quot;%2&quot; or &quot;%3&quot; (or an Allotrope cell-counting manifest); a CSV file needs a header row naming its columns</source>
        <translation>het formaat wordt niet herkend: een JSON-bestand vereist &quot;format&quot;: &quot;%1&quot;, &quot;%2&quot; of &quot;%3&quot; (of een Allotrope-manifest voor celtelling); een CSV-bestand vereist een kopregel met de kolomnamen</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a custody event; use one of: %2</source>
        <translation>is &quot;%1&quot;, wat geen custody-gebeurtenis is; gebruik een van: %2</translation>
    </message>
    <message>
        <source>is given more than once in the same object; a file gives each field once</source>
        <translation>komt meer dan eens voor in hetzelfde object; een bestand geeft elk veld één keer</translation>
    </message>
    <message>
        <source>could not be checked for fields given twice (%1)</source>
        <translation>kon niet worden gecontroleerd op velden die twee keer voorkomen (%1)</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>serienummer %1</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>apparaat-ID %1</translation>
    </message>
    <message>
        <source>asset %1</source>
        <translation>inventarisnummer %1</translation>
    </message>
    <message>
        <source>an instrument setting, not a result</source>
        <translation>een instelling van het instrument, geen resultaat</translation>
    </message>
    <message>
        <source>a setting of the analysis, not a result</source>
        <translation>een instelling van de analyse, geen resultaat</translation>
    </message>
    <message>
        <source>calculated by the instrument&apos;s software from other values; this version reads only measured cell-counting results</source>
        <translation>berekend door de software van het instrument uit andere waarden; deze versie leest alleen gemeten celtellingsresultaten</translation>
    </message>
    <message>
        <source>information of this instrument&apos;s own, outside the cell-counting model</source>
        <translation>eigen informatie van dit instrument, buiten het gegevensmodel voor celtellingen</translation>
    </message>
    <message>
        <source>a property of the sample, not a result</source>
        <translation>een eigenschap van het monster, geen resultaat</translation>
    </message>
    <message>
        <source>not a cell-counting result this version reads</source>
        <translation>geen celtellingsresultaat dat deze versie kan lezen</translation>
    </message>
    <message>
        <source>is not text (%1)</source>
        <translation>is geen tekst (%1)</translation>
    </message>
    <message>
        <source>the measurement names no sample</source>
        <translation>de meting vermeldt geen monster</translation>
    </message>
    <message>
        <source>the measurement has no time</source>
        <translation>de meting heeft geen tijdstip</translation>
    </message>
    <message>
        <source>not reported by the instrument</source>
        <translation>niet gerapporteerd door het instrument</translation>
    </message>
    <message>
        <source>not reported by the instrument (&quot;%1&quot;)</source>
        <translation>niet gerapporteerd door het instrument (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is not a number (%1)</source>
        <translation>is geen getal (%1)</translation>
    </message>
    <message>
        <source>repeats the result of %1 (same sample, test and time): %2 and %3</source>
        <translation>herhaalt het resultaat van %1 (zelfde monster, test en tijdstip): %2 en %3</translation>
    </message>
    <message>
        <source>is not a list (%1)</source>
        <translation>is geen lijst (%1)</translation>
    </message>
    <message>
        <source>is not a quantity ({&quot;value&quot;: …, &quot;unit&quot;: …}) but %1</source>
        <translation>is geen grootheid ({&quot;value&quot;: …, &quot;unit&quot;: …}) maar %1</translation>
    </message>
</context>
<context>
    <name>rd::Identity</name>
    <message>
        <source>The person identifier is empty; give the person&apos;s employee number or another identifier unique to them.</source>
        <translation>Het persoonsnummer is leeg; geef het personeelsnummer van de persoon op, of een andere identificatie die uniek is voor deze persoon.</translation>
    </message>
    <message>
        <source>The person identifier is longer than 40 characters.</source>
        <translation>Het persoonsnummer is langer dan 40 tekens.</translation>
    </message>
    <message>
        <source>The person identifier &quot;%1&quot; holds U+%2; only letters, digits and . - _ / are allowed.</source>
        <translation>Het persoonsnummer &quot;%1&quot; bevat U+%2; alleen letters, cijfers en . - _ / zijn toegestaan.</translation>
    </message>
</context>
<context>
    <name>rd::Importer</name>
    <message>
        <source>no unit</source>
        <translation>geen eenheid</translation>
    </message>
    <message>
        <source>%1 of sample %2 at %3</source>
        <translation>%1 van monster %2 op %3</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <source>%1 superseded by new versions</source>
        <translation>%1 vervangen door nieuwe versies</translation>
    </message>
    <message>
        <source>%1 to the unassigned inbox</source>
        <translation>%1 naar de inbox voor niet-toegewezen resultaten</translation>
    </message>
    <message>
        <source>%1 already stored</source>
        <translation>%1 al opgeslagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing in it</source>
        <translation>geen inhoud</translation>
    </message>
    <message>
        <source>Nothing changed: the store already holds all of this.</source>
        <translation>Niets gewijzigd: de gegevensopslag bevat dit alles al.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Only a QC analyst (results) or an administrator (specifications and batch records) can import; %1 is %2.</source>
        <translation>Alleen een QC-analist (resultaten) of een beheerder (specificaties en batchrecords) mag importeren; %1 heeft de rol %2.</translation>
    </message>
    <message>
        <source>Superseding needs a reason (--reason).</source>
        <translation>Vervangen vereist een reden (--reason).</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import geannuleerd; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>import QC results (%1)</source>
        <translation>QC-resultaten importeren (%1)</translation>
    </message>
    <message>
        <source>import specifications and batch records (%1)</source>
        <translation>specificaties en batchrecords importeren (%1)</translation>
    </message>
    <message>
        <source>version %1 of the specification of %2 is already stored with other content; a changed specification needs a new version</source>
        <translation>versie %1 van de specificatie van %2 is al opgeslagen met andere inhoud; een gewijzigde specificatie vereist een nieuwe versie</translation>
    </message>
    <message>
        <source>there is no specification of product %1; import one first</source>
        <translation>er is geen specificatie van product %1; importeer er eerst een</translation>
    </message>
    <message>
        <source>no specification of %1 was in force on %2</source>
        <translation>er was op %2 geen specificatie van %1 van kracht</translation>
    </message>
    <message>
        <source>%1, %2: batch %3 differs from the stored record (version %4)</source>
        <translation>%1, %2: batch %3 wijkt af van het opgeslagen record (versie %4)</translation>
    </message>
    <message>
        <source>sample %1 already belongs to batch %2</source>
        <translation>monster %1 hoort al bij batch %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a test of any specification</source>
        <translation>&quot;%1&quot; komt in geen enkele specificatie als test voor</translation>
    </message>
    <message>
        <source>is %1, but %2 is measured in %3</source>
        <translation>is %1, maar %2 wordt gemeten in %3</translation>
    </message>
    <message>
        <source>is %1, but sample %2 belongs to batch %3</source>
        <translation>is %1, maar monster %2 hoort bij batch %3</translation>
    </message>
    <message>
        <source>%1: the result %2 is %3; the stored one (version %4) is %5</source>
        <translation>%1: het resultaat %2 is %3; het opgeslagen resultaat (versie %4) is %5</translation>
    </message>
    <message>
        <source>Import: %1 records differ from the stored ones; nothing was written. To store the new content as new versions (the old ones stay readable), import again superseding them, with a reason (on the command line: --supersede --reason).</source>
        <translation>Import: %1 records wijken af van de opgeslagen records; er is niets weggeschreven. Om de nieuwe inhoud als nieuwe versies op te slaan (de oude blijven leesbaar), importeert u opnieuw met vervanging en een reden (op de opdrachtregel: --supersede --reason).</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... en nog %1.</translation>
    </message>
    <message>
        <source>Cannot start the import</source>
        <translation>Kan de import niet starten</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>version %1 from %2 (SHA-256 %3)</source>
        <translation>versie %1 uit %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>version %1: %2</source>
        <translation>versie %1: %2</translation>
    </message>
    <message>
        <source>version %1: %2, from %3 (SHA-256 %4)</source>
        <translation>versie %1: %2, uit %3 (SHA-256 %4)</translation>
    </message>
    <message>
        <source>Cannot finish the import</source>
        <translation>Kan de import niet voltooien</translation>
    </message>
    <message>
        <source>%1, %2: batch record %3, version %4</source>
        <translation>%1, %2: batchrecord %3, versie %4</translation>
    </message>
    <message>
        <source>%1: the result %2 (%3)</source>
        <translation>%1: het resultaat %2 (%3)</translation>
    </message>
    <message>
        <source>Import: nothing was written. A decided batch changes only under change control, which puts it on hold for a new review and decision (on the command line: --change-control &quot;REFERENCE: reason&quot;).</source>
        <translation>Import: er is niets weggeschreven. Een batch waarover een besluit is genomen kan alleen onder wijzigingsbeheer worden gewijzigd, waarbij de batch wordt geblokkeerd voor een nieuwe beoordeling en een nieuw besluit (op de opdrachtregel: --change-control &quot;REFERENTIE: reden&quot;).</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>De reden %1.</translation>
    </message>
    <message>
        <source>rejected in the inbox</source>
        <translation>in de inbox afgewezen</translation>
    </message>
    <message>
        <source>open in the inbox</source>
        <translation>open in de inbox</translation>
    </message>
    <message numerus="yes">
        <source>not imported: %1 (%n value(s), the first at %2): %3</source>
        <translation>
            <numerusform>niet geïmporteerd: %1 (%n waarde, op %2): %3</numerusform>
            <numerusform>niet geïmporteerd: %1 (%n waarden, de eerste op %2): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) name no analyst: %1, who imported them, is recorded as responsible.</source>
        <translation>
            <numerusform>%n resultaat vermeldt geen analist: %1, die het heeft geïmporteerd, wordt als verantwoordelijke vastgelegd.</numerusform>
            <numerusform>%n resultaten vermelden geen analist: %1, die ze heeft geïmporteerd, wordt als verantwoordelijke vastgelegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) give &quot;%2&quot; as analyst, which is the instrument or no person: %1, who imported them, is recorded as responsible.</source>
        <translation>
            <numerusform>%n resultaat vermeldt &quot;%2&quot; als analist, maar dat is het instrument of geen persoon: %1, die het heeft geïmporteerd, wordt als verantwoordelijke vastgelegd.</numerusform>
            <numerusform>%n resultaten vermelden &quot;%2&quot; als analist, maar dat is het instrument of geen persoon: %1, die ze heeft geïmporteerd, wordt als verantwoordelijke vastgelegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats the result of %1 (same sample, test and time): %2 and %3</source>
        <translation>herhaalt het resultaat van %1 (zelfde monster, test en tijdstip): %2 en %3</translation>
    </message>
    <message>
        <source>%1: the result %2 is %3; the unassigned one stored (%4) is %5</source>
        <translation>%1: het resultaat %2 is %3; het opgeslagen niet-toegewezen resultaat (%4) is %5</translation>
    </message>
    <message>
        <source>superseded on import: %1</source>
        <translation>bij de import vervangen: %1</translation>
    </message>
    <message>
        <source>%1, from %2 (SHA-256 %3)</source>
        <translation>%1, uit %2 (SHA-256 %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of the file not imported, each with its reason (details).</source>
        <translation>
            <numerusform>%n waarde van het bestand niet geïmporteerd, elk met de reden (details).</numerusform>
            <numerusform>%n waarden van het bestand niet geïmporteerd, elk met de reden (details).</numerusform>
        </translation>
    </message>
    <message>
        <source>the method</source>
        <translation>de methode</translation>
    </message>
    <message>
        <source>the instrument</source>
        <translation>het instrument</translation>
    </message>
    <message>
        <source>the analyst</source>
        <translation>de analist</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>de reden</translation>
    </message>
    <message>
        <source> (%1 differs: &quot;%2&quot;, stored &quot;%3&quot;)</source>
        <translation> (%1 verschilt: &quot;%2&quot;, opgeslagen &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>the unassigned result %1 (%2) has been assigned to a sample since; import the new reading under that sample, superseding its result there</source>
        <translation>het niet-toegewezen resultaat %1 (%2) is inmiddels aan een monster toegewezen; importeer de nieuwe meting onder dat monster en vervang daar het resultaat</translation>
    </message>
</context>
<context>
    <name>rd::Inbox</name>
    <message>
        <source>unassigned result %1 (%2 of sample %3 at %4, from %5, SHA-256 %6)</source>
        <translation>niet-toegewezen resultaat %1 (%2 van monster %3 op %4, uit %5, SHA-256 %6)</translation>
    </message>
    <message>
        <source>resolve unassigned results</source>
        <translation>niet-toegewezen resultaten afhandelen</translation>
    </message>
    <message>
        <source>Give a reason; it goes into the audit trail.</source>
        <translation>Geef een reden op; deze wordt vastgelegd in de audittrail.</translation>
    </message>
    <message>
        <source>Choose at least one unassigned result.</source>
        <translation>Kies minstens één niet-toegewezen resultaat.</translation>
    </message>
    <message>
        <source>There is no unassigned result %1.</source>
        <translation>Er is geen niet-toegewezen resultaat %1.</translation>
    </message>
    <message>
        <source>The unassigned result %1 was already %2 by %3.</source>
        <translation>Het niet-toegewezen resultaat %1 is al afgehandeld door %3 (%2).</translation>
    </message>
    <message>
        <source>No batch has a QC sample &quot;%1&quot;.</source>
        <translation>Geen enkele batch heeft een QC-monster &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2: it already has a %3 result measured at that time.</source>
        <translation>Resultaat %1 kan niet aan monster %2 worden toegewezen: het monster heeft al een %3-resultaat met dat meettijdstip.</translation>
    </message>
    <message>
        <source>Cannot assign the results</source>
        <translation>Kan de resultaten niet toewijzen</translation>
    </message>
    <message>
        <source>%1 of sample %2</source>
        <translation>%1 van monster %2</translation>
    </message>
    <message>
        <source>sample %1 of batch %2</source>
        <translation>monster %1 van batch %2</translation>
    </message>
    <message>
        <source>Cannot reject the results</source>
        <translation>Kan de resultaten niet afwijzen</translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2, field &quot;%3&quot;: %4.</source>
        <translation>Resultaat %1 kan niet aan monster %2 worden toegewezen, veld &quot;%3&quot;: %4.</translation>
    </message>
    <message>
        <source>Result %1 cannot go to sample %2: %3.</source>
        <translation>Resultaat %1 kan niet aan monster %2 worden toegewezen: %3.</translation>
    </message>
    <message>
        <source>%1 assigned to sample %2</source>
        <translation>%1 toegewezen aan monster %2</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>De reden %1.</translation>
    </message>
</context>
<context>
    <name>rd::IndexCheck</name>
    <message>
        <source>Cannot read the schema</source>
        <translation>Kan het schema niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the indexes of table %1</source>
        <translation>Kan de indexen van tabel %1 niet lezen</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>een expressie</translation>
    </message>
    <message>
        <source>The index %1 of table %2 is on %3, which the index check cannot compare.</source>
        <translation>De index %1 van tabel %2 is gebaseerd op %3, wat de indexcontrole niet kan vergelijken.</translation>
    </message>
    <message>
        <source>Cannot read table %1</source>
        <translation>Kan tabel %1 niet lezen</translation>
    </message>
    <message>
        <source>The index check was cancelled.</source>
        <translation>De indexcontrole is geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot plan the index check of table %1</source>
        <translation>Kan de indexcontrole van tabel %1 niet plannen</translation>
    </message>
    <message>
        <source>The index check of table %1 cannot read %2 as it needs to (SQLite plans: %3).</source>
        <translation>De indexcontrole van tabel %1 kan %2 niet lezen zoals nodig is (SQLite plant: %3).</translation>
    </message>
    <message>
        <source>Cannot read index %1 of table %2</source>
        <translation>Kan index %1 van tabel %2 niet lezen</translation>
    </message>
    <message>
        <source>The %1 of table %2 holds the same key twice (entries %3 and %4), which it forbids: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>Tabel %2: %1 bevat dezelfde sleutel twee keer (items %3 en %4), wat niet is toegestaan: records.db is buiten ReleaseDesk gewijzigd of is beschadigd.</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>de primaire sleutel</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>index %1</translation>
    </message>
    <message>
        <source>The rows of table %1 are out of order after row %2 of its primary key: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>De rijen van tabel %1 staan na rij %2 van de primaire sleutel niet op volgorde: records.db is buiten ReleaseDesk gewijzigd of is beschadigd.</translation>
    </message>
    <message>
        <source>The index %1 of table %2 is out of order after entry %3, so a search through it misses rows: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>De index %1 van tabel %2 staat na item %3 niet op volgorde, zodat een zoekopdracht via de index rijen mist: records.db is buiten ReleaseDesk gewijzigd of is beschadigd.</translation>
    </message>
    <message>
        <source>The index %1 of table %2 does not hold the rows of its table (%3 entries for %4 rows, or other values), so a search through it finds other rows than the table has: records.db was altered outside ReleaseDesk or is damaged.</source>
        <translation>De index %1 van tabel %2 bevat niet de rijen van de tabel (%3 items voor %4 rijen, of andere waarden), zodat een zoekopdracht via de index andere rijen vindt dan de tabel bevat: records.db is buiten ReleaseDesk gewijzigd of is beschadigd.</translation>
    </message>
    <message>
        <source>The indexes of table %1 were not checked: no scan of its rows was given to the check.</source>
        <translation>De indexen van tabel %1 zijn niet gecontroleerd: de controle heeft geen doorloop van de rijen ontvangen.</translation>
    </message>
</context>
<context>
    <name>rd::KeyDirectory</name>
    <message>
        <source>Cannot read the accounts</source>
        <translation>Kan de accounts niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the signing keys</source>
        <translation>Kan de ondertekeningssleutels niet lezen</translation>
    </message>
    <message>
        <source>key %1 of %2 has no certificate: it was not issued through ReleaseDesk.</source>
        <translation>sleutel %1 van %2 heeft geen certificaat: hij is niet via ReleaseDesk uitgegeven.</translation>
    </message>
    <message>
        <source>key %1 of %2 was removed from the store.</source>
        <translation>sleutel %1 van %2 is uit de gegevensopslag verwijderd.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Kan de audittrail niet lezen</translation>
    </message>
    <message>
        <source>key %1 of %2</source>
        <translation>sleutel %1 van %2</translation>
    </message>
    <message>
        <source>%1: its certificate is not for this key or this account.</source>
        <translation>%1: het certificaat hoort niet bij deze sleutel of dit account.</translation>
    </message>
    <message>
        <source>%1: the audit trail does not record its issue.</source>
        <translation>%1: de audittrail vermeldt de uitgifte ervan niet.</translation>
    </message>
    <message>
        <source>%1 names key %2 as its issuer, which does not exist.</source>
        <translation>%1 noemt sleutel %2 als uitgever, maar die bestaat niet.</translation>
    </message>
    <message>
        <source>%1 was certified by a key that is not certified itself (%2)</source>
        <translation>%1 is gecertificeerd door een sleutel die zelf niet gecertificeerd is (%2)</translation>
    </message>
    <message>
        <source>%1 was certified by %2, who may not certify it: only an administrator certifies another person&apos;s key.</source>
        <translation>%1 is gecertificeerd door %2, die dat niet mag: alleen een beheerder certificeert de sleutel van een ander.</translation>
    </message>
    <message>
        <source>%1 was certified with key %2 of %3, which was not in force when the key was issued.</source>
        <translation>%1 is gecertificeerd met sleutel %2 van %3, die niet geldig was toen de sleutel werd uitgegeven.</translation>
    </message>
    <message>
        <source>%1: its certificate does not verify with the key of its issuer; it was made or changed outside ReleaseDesk.</source>
        <translation>%1: het certificaat kan niet worden geverifieerd met de sleutel van de uitgever; het is buiten ReleaseDesk gemaakt of gewijzigd.</translation>
    </message>
    <message>
        <source>%1: its certificate names audit event %2, which does not match: the audit trail up to there was rewritten.</source>
        <translation>%1: het certificaat noemt auditgebeurtenis %2, maar die komt niet overeen: de audittrail tot dat punt is herschreven.</translation>
    </message>
    <message>
        <source>the store root signs only for the recovery code, not for %1.</source>
        <translation>de rootsleutel van de gegevensopslag ondertekent alleen voor de herstelcode, niet voor %1.</translation>
    </message>
    <message>
        <source>signing key %1 does not exist in this store.</source>
        <translation>ondertekeningssleutel %1 bestaat niet in deze gegevensopslag.</translation>
    </message>
    <message>
        <source>signing key %1 is a key of %2, not of %3.</source>
        <translation>ondertekeningssleutel %1 is een sleutel van %2, niet van %3.</translation>
    </message>
    <message>
        <source>signing key %1 of %2 was not in force then.</source>
        <translation>ondertekeningssleutel %1 van %2 was op dat moment niet geldig.</translation>
    </message>
    <message>
        <source>the store root</source>
        <translation>de rootsleutel van de gegevensopslag</translation>
    </message>
    <message>
        <source>key %1, certified by the store root on %2</source>
        <translation>sleutel %1, gecertificeerd door de rootsleutel van de gegevensopslag op %2</translation>
    </message>
    <message>
        <source>key %1, certified by %2 (%3, key %4) on %5</source>
        <translation>sleutel %1, gecertificeerd door %2 (%3, sleutel %4) op %5</translation>
    </message>
    <message>
        <source>signing key %1 of %2 was issued when %3 reset the password, and signed before another administrator confirmed its hand-over.</source>
        <translation>ondertekeningssleutel %1 van %2 is uitgegeven toen %3 het wachtwoord opnieuw instelde, en heeft ondertekend voordat een andere beheerder de overdracht ervan had bevestigd.</translation>
    </message>
    <message>
        <source>%1; issued at a password reset by %2, hand-over not confirmed</source>
        <translation>%1; uitgegeven bij een wachtwoordherstel door %2, overdracht niet bevestigd</translation>
    </message>
    <message>
        <source>%1; issued at a password reset by %2, hand-over confirmed by %3</source>
        <translation>%1; uitgegeven bij een wachtwoordherstel door %2, overdracht bevestigd door %3</translation>
    </message>
</context>
<context>
    <name>rd::KeyRing</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Onjuiste gebruikersnaam of onjuist wachtwoord.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is locked after %2 failed logins in a row; try again after %3, or ask an administrator to reset the password.</source>
        <translation>Het account &quot;%1&quot; is vergrendeld na %2 mislukte aanmeldingen op rij; probeer het opnieuw na %3, of vraag een beheerder het wachtwoord opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>The recovery code does not open this store.</source>
        <translation>De herstelcode opent deze gegevensopslag niet.</translation>
    </message>
    <message>
        <source>The key slot opened but holds data of an unknown layout; this store was made by another version of ReleaseDesk.</source>
        <translation>Het sleutelslot is geopend maar bevat gegevens met een onbekende indeling; deze gegevensopslag is gemaakt door een andere versie van ReleaseDesk.</translation>
    </message>
    <message>
        <source>There is no store at %1: the folder does not exist.</source>
        <translation>Er is geen gegevensopslag in %1: de map bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a file, not a store folder.</source>
        <translation>%1 is een bestand, geen map van een gegevensopslag.</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk, before key certificates. Nothing was changed. Upgrade it once with the recovery code: releasedesk upgrade %1</source>
        <translation>%1 is gemaakt door een eerdere versie van ReleaseDesk, van vóór de sleutelcertificaten. Er is niets gewijzigd. Upgrade de gegevensopslag eenmalig met de herstelcode: releasedesk upgrade %1</translation>
    </message>
    <message>
        <source>%1 has no recovery slot, and %2 cannot be read.</source>
        <translation>%1 heeft geen herstelslot en %2 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>the recovery code</source>
        <translation>de herstelcode</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; opened, but the master key sealed in it for key generation %2 does not: it was altered or damaged.</source>
        <translation>Het sleutelslot van &quot;%1&quot; is geopend, maar de daarin verzegelde hoofdsleutel voor sleutelgeneratie %2 niet: deze is gewijzigd of beschadigd.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; holds no master key of generation %2: it was made for another generation, or keyslots.json was put back from an older copy. Ask an administrator to reset the password.</source>
        <translation>Het sleutelslot van &quot;%1&quot; bevat geen hoofdsleutel van generatie %2: het is voor een andere generatie gemaakt, of keyslots.json is teruggezet vanuit een oudere kopie. Vraag een beheerder het wachtwoord opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>The master key cannot be sealed for &quot;%1&quot;: the public key is not a valid Ed25519 key.</source>
        <translation>De hoofdsleutel kan niet worden verzegeld voor &quot;%1&quot;: de publieke sleutel is geen geldige Ed25519-sleutel.</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk; upgrade it first (releasedesk upgrade).</source>
        <translation>%1 is gemaakt door een eerdere versie van ReleaseDesk; upgrade de gegevensopslag eerst (releasedesk upgrade).</translation>
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
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>is geen tekst</translation>
    </message>
    <message>
        <source>is not a whole number from %1 to %2</source>
        <translation>is geen geheel getal van %1 tot en met %2</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>is geen base64</translation>
    </message>
    <message>
        <source>has %1 bytes instead of %2</source>
        <translation>heeft %1 bytes in plaats van %2</translation>
    </message>
    <message>
        <source>is not %1 hexadecimal bytes</source>
        <translation>bestaat niet uit %1 hexadecimale bytes</translation>
    </message>
    <message>
        <source>is not a UTC time</source>
        <translation>is geen UTC-tijdstip</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>is geen object</translation>
    </message>
    <message>
        <source>names an unknown algorithm</source>
        <translation>noemt een onbekend algoritme</translation>
    </message>
    <message>
        <source>fails its checksum (the slot was altered or damaged)</source>
        <translation>klopt niet met de controlesom (het slot is gewijzigd of beschadigd)</translation>
    </message>
    <message>
        <source>%1 is missing: the folder is not a ReleaseDesk store, or the file was removed.</source>
        <translation>%1 ontbreekt: de map is geen ReleaseDesk-gegevensopslag, of het bestand is verwijderd.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is %2 bytes long, far more than a key-slot file can be; restore it from a backup.</source>
        <translation>%1 is beschadigd: het is %2 bytes groot, veel groter dan een sleutelslotbestand kan zijn; zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); restore it from a backup or use the recovery code.</source>
        <translation>%1 is beschadigd (%2); zet het terug vanuit een back-up of gebruik de herstelcode.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>het is geen JSON-object</translation>
    </message>
    <message>
        <source>$.format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>$.format is &quot;%1&quot;, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is format %2, but this ReleaseDesk reads format %3 at most. Use a newer ReleaseDesk; the store was not changed.</source>
        <translation>%1 heeft formaat %2, maar deze versie van ReleaseDesk leest maximaal formaat %3. Gebruik een nieuwere versie van ReleaseDesk; de gegevensopslag is niet gewijzigd.</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>is geen lijst</translation>
    </message>
    <message>
        <source>is a second slot for user &quot;%1&quot;</source>
        <translation>is een tweede slot voor gebruiker &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is not the epoch after $.epoch</source>
        <translation>is niet de epoch die volgt op $.epoch</translation>
    </message>
    <message>
        <source>is a second anchor of &quot;%1&quot;</source>
        <translation>is een tweede anker van &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>rd::Migrations</name>
    <message>
        <source>Schema migration %1 (%2)</source>
        <translation>Schemamigratie %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rd::PasswordPolicy</name>
    <message>
        <source>The password is too long (more than %1 bytes).</source>
        <translation>Het wachtwoord is te lang (meer dan %1 bytes).</translation>
    </message>
    <message>
        <source>The password has %1 characters; it needs at least %2.</source>
        <translation>Het wachtwoord heeft %1 tekens; er zijn er minstens %2 nodig.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Het wachtwoord mag de gebruikersnaam niet bevatten.</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which is not allowed.</source>
        <translation>Het wachtwoord bevat een NUL-teken; dat is niet toegestaan.</translation>
    </message>
    <message>
        <source>The password must not contain the person identifier or a part of the full name.</source>
        <translation>Het wachtwoord mag de persoonsidentificatie of een deel van de volledige naam niet bevatten.</translation>
    </message>
    <message>
        <source>The password cannot be checked: out of memory.</source>
        <translation>Het wachtwoord kan niet worden gecontroleerd: onvoldoende geheugen.</translation>
    </message>
    <message>
        <source>The password cannot be checked: the quality library refused setting %1.</source>
        <translation>Het wachtwoord kan niet worden gecontroleerd: de bibliotheek voor wachtwoordkwaliteit heeft instelling %1 geweigerd.</translation>
    </message>
    <message>
        <source>The password cannot be checked: the quality library refused the account&apos;s names.</source>
        <translation>Het wachtwoord kan niet worden gecontroleerd: de bibliotheek voor wachtwoordkwaliteit heeft de namen van het account geweigerd.</translation>
    </message>
    <message>
        <source>The password repeats one character more than %1 times in a row.</source>
        <translation>Het wachtwoord herhaalt een teken meer dan %1 keer achter elkaar.</translation>
    </message>
    <message>
        <source>The password contains a sequence of more than %1 characters (such as &quot;abcde&quot; or &quot;54321&quot;).</source>
        <translation>Het wachtwoord bevat een reeks van meer dan %1 tekens (zoals &quot;abcde&quot; of &quot;54321&quot;).</translation>
    </message>
    <message>
        <source>The password is a palindrome.</source>
        <translation>Het wachtwoord is een palindroom.</translation>
    </message>
    <message>
        <source>The password cannot be checked: the word list cannot be read (install cracklib-runtime).</source>
        <translation>Het wachtwoord kan niet worden gecontroleerd: de woordenlijst kan niet worden gelezen (installeer cracklib-runtime).</translation>
    </message>
    <message>
        <source>The password is based on a dictionary word.</source>
        <translation>Het wachtwoord is gebaseerd op een woord uit het woordenboek.</translation>
    </message>
    <message>
        <source>The password has too few different characters.</source>
        <translation>Het wachtwoord bevat te weinig verschillende tekens.</translation>
    </message>
    <message>
        <source>The password is a simple pattern (such as &quot;123456789012&quot; or a row of the keyboard).</source>
        <translation>Het wachtwoord is een eenvoudig patroon (zoals &quot;123456789012&quot; of een rij van het toetsenbord).</translation>
    </message>
    <message>
        <source>The password is too easy to guess (%1).</source>
        <translation>Het wachtwoord is te gemakkelijk te raden (%1).</translation>
    </message>
    <message>
        <source>At least %1 characters; not a dictionary word, a sequence or a pattern; not containing the user name, the person identifier or a part of the full name; and not one of the last %2 passwords of the account.</source>
        <translation>Minstens %1 tekens; geen woord uit het woordenboek, geen reeks en geen patroon; zonder de gebruikersnaam, de persoonsidentificatie of een deel van de volledige naam; en niet een van de laatste %2 wachtwoorden van het account.</translation>
    </message>
    <message>
        <source>The password cannot be checked: %1.</source>
        <translation>Het wachtwoord kan niet worden gecontroleerd: %1.</translation>
    </message>
</context>
<context>
    <name>rd::People</name>
    <message>
        <source>Cannot read the accounts</source>
        <translation>Kan de accounts niet lezen</translation>
    </message>
</context>
<context>
    <name>rd::Preferences</name>
    <message>
        <source>Unknown language &quot;%1&quot;: choose one of %2.</source>
        <translation>Onbekende taal &quot;%1&quot;: kies een van %2.</translation>
    </message>
    <message>
        <source>Baseline points must be between %1 and %2; %3 was given.</source>
        <translation>Het aantal punten van de referentieperiode moet tussen %1 en %2 liggen; opgegeven is %3.</translation>
    </message>
</context>
<context>
    <name>rd::Problems</name>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>veld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: 1 problem; nothing was written.</source>
        <translation>%1: 1 probleem; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>%1: %2 problems; nothing was written.</source>
        <translation>%1: %2 problemen; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>... and %1 more.</source>
        <translation>... en nog %1.</translation>
    </message>
</context>
<context>
    <name>rd::RecordBindings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>the batch record %1</source>
        <translation>het batchrecord %1</translation>
    </message>
    <message>
        <source>the QC results of batch %1</source>
        <translation>de QC-resultaten van batch %1</translation>
    </message>
    <message>
        <source>the unassigned results of imported file %1</source>
        <translation>de niet-toegewezen resultaten van geïmporteerd bestand %1</translation>
    </message>
    <message>
        <source>the specifications of product %1</source>
        <translation>de specificaties van product %1</translation>
    </message>
    <message>
        <source>the record of imported file %1</source>
        <translation>het record van geïmporteerd bestand %1</translation>
    </message>
    <message>
        <source>the dispositions of batch %1</source>
        <translation>de afhandelingen van batch %1</translation>
    </message>
    <message>
        <source>the recorded state of batch %1</source>
        <translation>de vastgelegde status van batch %1</translation>
    </message>
    <message>
        <source>signature %1</source>
        <translation>handtekening %1</translation>
    </message>
    <message>
        <source>the register entry of document %1</source>
        <translation>de registervermelding van document %1</translation>
    </message>
    <message>
        <source>the site %1</source>
        <translation>de locatie %1</translation>
    </message>
    <message>
        <source>the out-of-trend rules of %1</source>
        <translation>de OOT-regels van %1</translation>
    </message>
    <message>
        <source>the frozen baselines of %1</source>
        <translation>de vastgezette referentieperioden van %1</translation>
    </message>
    <message>
        <source>the account %1 (its keys, certificates and password history)</source>
        <translation>het account %1 (sleutels, certificaten en wachtwoordgeschiedenis)</translation>
    </message>
    <message>
        <source>the store setting %1</source>
        <translation>de instelling %1 van de gegevensopslag</translation>
    </message>
    <message>
        <source>schema migration %1</source>
        <translation>schemamigratie %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kan %1 niet lezen</translation>
    </message>
    <message>
        <source>Cannot record what event %1 wrote</source>
        <translation>Kan niet vastleggen wat gebeurtenis %1 heeft geschreven</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verificatie geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot read the records (%1)</source>
        <translation>Kan de records niet lezen (%1)</translation>
    </message>
    <message>
        <source>The indexes of %1 cannot be checked from its records&apos; scan.</source>
        <translation>De indexen van %1 kunnen niet worden gecontroleerd vanuit het lezen van de records.</translation>
    </message>
    <message>
        <source>the person of account %1 and its keys&apos; hand-overs</source>
        <translation>de persoon van het account %1 en de overdrachten van de sleutels</translation>
    </message>
    <message>
        <source>the approvals of the specifications of product %1</source>
        <translation>de goedkeuringen van de specificaties van product %1</translation>
    </message>
    <message>
        <source>the specification batch %1 is judged against</source>
        <translation>de specificatie aan de hand waarvan batch %1 wordt beoordeeld</translation>
    </message>
    <message>
        <source>the outcomes of the dispositions of batch %1</source>
        <translation>de uitkomsten van de afhandelingen van batch %1</translation>
    </message>
    <message>
        <source>the identifiers read in the record of batch %1</source>
        <translation>de in het record van batch %1 gelezen identificaties</translation>
    </message>
</context>
<context>
    <name>rd::RecordStore</name>
    <message>
        <source>Cannot read the specifications</source>
        <translation>Kan de specificaties niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the batch records</source>
        <translation>Kan de batchrecords niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the batch record</source>
        <translation>Kan het batchrecord niet lezen</translation>
    </message>
    <message>
        <source>There is no batch record %1.</source>
        <translation>Er is geen batchrecord %1.</translation>
    </message>
    <message>
        <source>Cannot read the QC samples</source>
        <translation>Kan de QC-monsters niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the results</source>
        <translation>Kan de resultaten niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the unassigned results</source>
        <translation>Kan de niet-toegewezen resultaten niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the unassigned result</source>
        <translation>Kan het niet-toegewezen resultaat niet lezen</translation>
    </message>
    <message>
        <source>There is no unassigned result %1.</source>
        <translation>Er is geen niet-toegewezen resultaat %1.</translation>
    </message>
    <message>
        <source>Cannot record the imported file</source>
        <translation>Kan het geïmporteerde bestand niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot record the product</source>
        <translation>Kan het product niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot record the specification</source>
        <translation>Kan de specificatie niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot supersede the batch record</source>
        <translation>Kan het batchrecord niet vervangen</translation>
    </message>
    <message>
        <source>Cannot record batch %1</source>
        <translation>Kan batch %1 niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot supersede the result</source>
        <translation>Kan het resultaat niet vervangen</translation>
    </message>
    <message>
        <source>Cannot record the result %1 of %2</source>
        <translation>Kan het resultaat %1 van %2 niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot record the unassigned result %1 of %2</source>
        <translation>Kan het niet-toegewezen resultaat %1 van %2 niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot update the unassigned result</source>
        <translation>Kan het niet-toegewezen resultaat niet bijwerken</translation>
    </message>
    <message>
        <source>The unassigned result %1 is no longer open.</source>
        <translation>Het niet-toegewezen resultaat %1 staat niet meer open.</translation>
    </message>
    <message>
        <source>Cannot read which specification batches are judged against</source>
        <translation>Kan niet lezen aan de hand van welke specificatie batches worden beoordeeld</translation>
    </message>
    <message>
        <source>Cannot record the approval of the specification</source>
        <translation>Kan de goedkeuring van de specificatie niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot record which specification batch %1 is judged against</source>
        <translation>Kan niet vastleggen aan de hand van welke specificatie batch %1 wordt beoordeeld</translation>
    </message>
    <message>
        <source>Cannot read who imported the results</source>
        <translation>Kan niet lezen wie de resultaten heeft geïmporteerd</translation>
    </message>
</context>
<context>
    <name>rd::Recovery</name>
    <message>
        <source>Cannot set the administrator password</source>
        <translation>Kan het beheerderswachtwoord niet instellen</translation>
    </message>
    <message>
        <source>administrator password set with the recovery code</source>
        <translation>beheerderswachtwoord ingesteld met de herstelcode</translation>
    </message>
    <message>
        <source>Cannot record the disclosure</source>
        <translation>Kan de openbaarmaking niet vastleggen</translation>
    </message>
    <message>
        <source>raw database key shown for use with the sqlcipher shell</source>
        <translation>ruwe databasesleutel getoond voor gebruik met de sqlcipher-shell</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an administrator; the recovery code can only set an administrator&apos;s password.</source>
        <translation>&quot;%1&quot; is geen beheerder; met de herstelcode kan alleen het wachtwoord van een beheerder worden ingesteld.</translation>
    </message>
    <message>
        <source>re-enabled with the recovery code</source>
        <translation>opnieuw geactiveerd met de herstelcode</translation>
    </message>
    <message>
        <source>Give the reason for accepting the older records (e.g. the backup it was restored from).</source>
        <translation>Geef de reden op voor het accepteren van de oudere gegevens (bijv. de back-up waaruit ze zijn teruggezet).</translation>
    </message>
    <message>
        <source>Cannot record the acceptance</source>
        <translation>Kan de acceptatie niet vastleggen</translation>
    </message>
    <message>
        <source>checkpoint event %1 signed by %2 at %3</source>
        <translation>controlepunt bij gebeurtenis %1, ondertekend door %2 op %3</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk; upgrade it first (releasedesk upgrade).</source>
        <translation>%1 is gemaakt door een eerdere versie van ReleaseDesk; upgrade de gegevensopslag eerst (releasedesk upgrade).</translation>
    </message>
    <message>
        <source>Cannot record the checkpoint</source>
        <translation>Kan het controlepunt niet vastleggen</translation>
    </message>
    <message>
        <source>administrator password set with the recovery code; keyslots.json could not be read and was made again from recovery.json</source>
        <translation>beheerderswachtwoord ingesteld met de herstelcode; keyslots.json kon niet worden gelezen en is opnieuw gemaakt vanuit recovery.json</translation>
    </message>
    <message>
        <source>records.db still holds every signed checkpoint; there is nothing to accept.</source>
        <translation>records.db bevat nog alle ondertekende controlepunten; er valt niets te accepteren.</translation>
    </message>
    <message>
        <source>Cannot read the signatures</source>
        <translation>Kan de handtekeningen niet lezen</translation>
    </message>
    <message>
        <source>signature %1 of batch %2: &quot;%3&quot; by %4 (%5) at %6</source>
        <translation>handtekening %1 van batch %2: &quot;%3&quot; door %4 (%5) op %6</translation>
    </message>
    <message>
        <source>Cannot read batch %1</source>
        <translation>Kan batch %1 niet lezen</translation>
    </message>
    <message>
        <source>Cannot hold batch %1</source>
        <translation>Kan batch %1 niet blokkeren</translation>
    </message>
    <message>
        <source>a decision on this batch was lost with the older records.db; it waits for a new decision</source>
        <translation>een besluit over deze batch is verloren gegaan met de oudere records.db; de batch wacht op een nieuw besluit</translation>
    </message>
    <message>
        <source>The hold of batch %1 was not recorded where expected; nothing was changed.</source>
        <translation>De blokkering van batch %1 is niet op de verwachte plaats vastgelegd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>no signature known to be lost</source>
        <translation>geen handtekening waarvan bekend is dat die verloren is gegaan</translation>
    </message>
    <message>
        <source>signatures lost: %1; batches put on hold: %2</source>
        <translation>verloren handtekeningen: %1; geblokkeerde batches: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
</context>
<context>
    <name>rd::RecoveryCode</name>
    <message>
        <source>The recovery code contains &quot;%1&quot;, which is not one of its letters or digits.</source>
        <translation>De herstelcode bevat &quot;%1&quot;; dat is geen van de toegestane letters of cijfers.</translation>
    </message>
    <message>
        <source>A recovery code has %1 letters and digits (nine groups of four); this one has %2.</source>
        <translation>Een herstelcode bestaat uit %1 letters en cijfers (negen groepen van vier); deze heeft er %2.</translation>
    </message>
    <message>
        <source>more</source>
        <translation>meer</translation>
    </message>
    <message>
        <source>The recovery code is mistyped: its last group does not match the others. Check each character against the printed code.</source>
        <translation>De herstelcode is verkeerd ingevoerd: de laatste groep past niet bij de andere. Controleer elk teken aan de hand van de afgedrukte code.</translation>
    </message>
</context>
<context>
    <name>rd::Rekey</name>
    <message>
        <source>The store was not re-keyed: %1 (%2). Nothing was changed.</source>
        <translation>De sleutel van de gegevensopslag is niet vernieuwd: %1 (%2). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>An interrupted re-key of %1 must be finished first: open the store once, then try again.</source>
        <translation>Een onderbroken sleutelvernieuwing van %1 moet eerst worden voltooid: open de gegevensopslag één keer en probeer het daarna opnieuw.</translation>
    </message>
    <message>
        <source>records.db cannot be opened</source>
        <translation>records.db kan niet worden geopend</translation>
    </message>
    <message>
        <source>records.db cannot be read</source>
        <translation>records.db kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the new file cannot be made</source>
        <translation>het nieuwe bestand kan niet worden aangemaakt</translation>
    </message>
    <message>
        <source>the records cannot be copied</source>
        <translation>de records kunnen niet worden gekopieerd</translation>
    </message>
    <message>
        <source>the new file cannot be closed</source>
        <translation>het nieuwe bestand kan niet worden gesloten</translation>
    </message>
    <message>
        <source>the copy does not read back</source>
        <translation>de kopie kan niet worden teruggelezen</translation>
    </message>
    <message>
        <source>the new file cannot be flushed to disk</source>
        <translation>het nieuwe bestand kan niet naar schijf worden weggeschreven</translation>
    </message>
    <message>
        <source>keyslots.json changed during the re-key.</source>
        <translation>keyslots.json is tijdens de sleutelvernieuwing gewijzigd.</translation>
    </message>
    <message>
        <source>the new file cannot be put in place</source>
        <translation>het nieuwe bestand kan niet op zijn plaats worden gezet</translation>
    </message>
    <message>
        <source>records.db in %1 opens with neither the current nor the new master key of an interrupted re-key; restore it from a backup.</source>
        <translation>records.db in %1 opent noch met de huidige noch met de nieuwe hoofdsleutel van een onderbroken sleutelvernieuwing; zet het bestand terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>%1 (finished after an interruption)</source>
        <translation>%1 (voltooid na een onderbreking)</translation>
    </message>
    <message>
        <source>Cannot record the re-key</source>
        <translation>Kan de sleutelvernieuwing niet vastleggen</translation>
    </message>
    <message>
        <source>%1; re-keyed at %2</source>
        <translation>%1; sleutel vernieuwd op %2</translation>
    </message>
    <message>
        <source>%1; re-keyed at %2; key slots given no new key: %3</source>
        <translation>%1; sleutel vernieuwd op %2; sleutelslots zonder nieuwe sleutel: %3</translation>
    </message>
    <message>
        <source>the copy cannot be switched to write-ahead logging</source>
        <translation>de kopie kan niet worden omgeschakeld naar write-ahead logging</translation>
    </message>
</context>
<context>
    <name>rd::ResultRules</name>
    <message>
        <source>no unit</source>
        <translation>geen eenheid</translation>
    </message>
    <message>
        <source>%1 is not in specification %2 of %3, which batch %4 is made to</source>
        <translation>%1 komt niet voor in specificatie %2 van %3, waarnaar batch %4 is geproduceerd</translation>
    </message>
    <message>
        <source>is %1, but %2 is measured in %3</source>
        <translation>is %1, maar %2 wordt gemeten in %3</translation>
    </message>
    <message>
        <source>%1 is a qualitative test: give its result as text</source>
        <translation>%1 is een kwalitatieve test: geef het resultaat als tekst op</translation>
    </message>
    <message>
        <source>%1 is a numeric test: give its result as a number</source>
        <translation>%1 is een numerieke test: geef het resultaat als getal op</translation>
    </message>
    <message>
        <source>was measured at %1, before sample %2 was drawn (%3): it cannot be that sample&apos;s</source>
        <translation>is gemeten op %1, voordat monster %2 werd genomen (%3): het kan niet van dat monster zijn</translation>
    </message>
</context>
<context>
    <name>rd::ReviewQueue</name>
    <message>
        <source>Cannot read the queue</source>
        <translation>Kan de wachtrij niet lezen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>rd::ReviewService</name>
    <message>
        <source>Cannot read batch %1</source>
        <translation>Kan batch %1 niet lezen</translation>
    </message>
    <message>
        <source>There is no batch %1 in this store.</source>
        <translation>Er is geen batch %1 in deze gegevensopslag.</translation>
    </message>
    <message>
        <source>Cannot read the state of batch %1</source>
        <translation>Kan de status van batch %1 niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the dispositions of batch %1</source>
        <translation>Kan de afhandelingen van batch %1 niet lezen</translation>
    </message>
    <message>
        <source>Administrators cannot sign batch decisions.</source>
        <translation>Beheerders kunnen geen besluiten over batches ondertekenen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is signed by a %2; %3 is a %4.</source>
        <translation>&quot;%1&quot; kan alleen worden ondertekend door een gebruiker met de rol %2; %3 heeft de rol %4.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a reason.</source>
        <translation>&quot;%1&quot; vereist een reden.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>De opmerking is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>An exceptional release needs the reference of the treating physician&apos;s written request.</source>
        <translation>Een uitzonderlijke vrijgifte vereist de referentie van het schriftelijke verzoek van de behandelend arts.</translation>
    </message>
    <message>
        <source>The physician&apos;s request reference is longer than %1 characters.</source>
        <translation>De referentie van het verzoek van de arts is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>An exceptional release needs the recorded risk evaluation.</source>
        <translation>Een uitzonderlijke vrijgifte vereist de vastgelegde risicobeoordeling.</translation>
    </message>
    <message>
        <source>The risk evaluation is longer than %1 characters.</source>
        <translation>De risicobeoordeling is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>A physician&apos;s request and risk evaluation belong only to an exceptional release.</source>
        <translation>Een verzoek van de arts en een risicobeoordeling horen alleen bij een uitzonderlijke vrijgifte.</translation>
    </message>
    <message>
        <source>Batch %1 has no QC results to approve.</source>
        <translation>Batch %1 heeft geen QC-resultaten om goed te keuren.</translation>
    </message>
    <message>
        <source>%1 approved the QC results of this batch and so cannot also review it.</source>
        <translation>%1 heeft de QC-resultaten van deze batch goedgekeurd en kan de batch daarom niet ook beoordelen.</translation>
    </message>
    <message>
        <source>The QC results changed after they were approved; put the batch on hold and lift the hold to send it back for QC approval.</source>
        <translation>De QC-resultaten zijn na goedkeuring gewijzigd; blokkeer de batch en hef de blokkering op om de batch terug te sturen voor QC-goedkeuring.</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) still need a disposition before the batch can be signed as reviewed.</source>
        <translation>
            <numerusform>Er moet nog %n uitzondering worden afgehandeld voordat de batch als beoordeeld kan worden ondertekend.</numerusform>
            <numerusform>Er moeten nog %n uitzonderingen worden afgehandeld voordat de batch als beoordeeld kan worden ondertekend.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved the QC results of this batch and so cannot also decide on its release.</source>
        <translation>%1 heeft de QC-resultaten van deze batch goedgekeurd en kan daarom niet ook over de vrijgifte beslissen.</translation>
    </message>
    <message>
        <source>%1 reviewed this batch and so cannot also decide on its release.</source>
        <translation>%1 heeft deze batch beoordeeld en kan daarom niet ook over de vrijgifte beslissen.</translation>
    </message>
    <message>
        <source>No release is possible: %1</source>
        <translation>Vrijgifte is niet mogelijk: %1</translation>
    </message>
    <message>
        <source>%1 failed after the conditional release; the batch can only be rejected.</source>
        <translation>%1 voldoet na de voorwaardelijke vrijgifte niet aan de specificatie; de batch kan alleen nog worden afgekeurd.</translation>
    </message>
    <message>
        <source>The specification in force has no tests.</source>
        <translation>De geldende specificatie bevat geen tests.</translation>
    </message>
    <message>
        <source>Still pending: %1. The final release can be confirmed once their results are in.</source>
        <translation>Nog openstaand: %1. De definitieve vrijgifte kan worden bevestigd zodra de resultaten binnen zijn.</translation>
    </message>
    <message>
        <source>The record changed after the conditional release in more than the pending results; put the batch on hold for review.</source>
        <translation>Het record is na de voorwaardelijke vrijgifte gewijzigd in meer dan alleen de openstaande resultaten; blokkeer de batch voor beoordeling.</translation>
    </message>
    <message>
        <source>The record changed after it was reviewed; put the batch on hold and lift the hold to send it back for review.</source>
        <translation>Het record is na de beoordeling gewijzigd; blokkeer de batch en hef de blokkering op om de batch terug te sturen voor beoordeling.</translation>
    </message>
    <message>
        <source>Required results are missing or pending: %1.</source>
        <translation>Vereiste resultaten ontbreken of zijn openstaand: %1.</translation>
    </message>
    <message>
        <source>Every result conforms to the specification: an exceptional release does not apply; release the batch normally.</source>
        <translation>Alle resultaten voldoen aan de specificatie: een uitzonderlijke vrijgifte is niet van toepassing; geef de batch normaal vrij.</translation>
    </message>
    <message>
        <source>Out of specification: %1. Reject the batch, or record an exceptional release at the treating physician&apos;s request.</source>
        <translation>Buiten specificatie: %1. Keur de batch af of leg een uitzonderlijke vrijgifte vast op verzoek van de behandelend arts.</translation>
    </message>
    <message>
        <source>Still pending: %1. Release conditionally, or wait for the results.</source>
        <translation>Nog openstaand: %1. Geef voorwaardelijk vrij of wacht op de resultaten.</translation>
    </message>
    <message>
        <source>No test is pending: release the batch normally.</source>
        <translation>Er is geen test openstaand: geef de batch normaal vrij.</translation>
    </message>
    <message>
        <source>Cannot start the signing</source>
        <translation>Kan de ondertekening niet starten</translation>
    </message>
    <message>
        <source>Cannot record the state of batch %1</source>
        <translation>Kan de status van batch %1 niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot commit the signature</source>
        <translation>Kan de handtekening niet vastleggen</translation>
    </message>
    <message>
        <source>record a disposition</source>
        <translation>een afhandeling vastleggen</translation>
    </message>
    <message>
        <source>A disposition needs a comment.</source>
        <translation>Een afhandeling vereist een toelichting.</translation>
    </message>
    <message>
        <source>The deviation reference is longer than %1 characters.</source>
        <translation>De afwijkingsreferentie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>Cannot start the disposition</source>
        <translation>Kan de afhandeling niet starten</translation>
    </message>
    <message>
        <source>Dispositions are recorded during the review; batch %1 is &quot;%2&quot;.</source>
        <translation>Afhandelingen worden tijdens de beoordeling vastgelegd; batch %1 heeft de status &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 has no exception %2 (it has %n exception(s)).</source>
        <translation>
            <numerusform>Batch %1 heeft geen uitzondering %2 (de batch heeft %n uitzondering).</numerusform>
            <numerusform>Batch %1 heeft geen uitzondering %2 (de batch heeft %n uitzonderingen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot record the disposition</source>
        <translation>Kan de afhandeling niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot commit the disposition</source>
        <translation>Kan de afhandeling niet definitief vastleggen</translation>
    </message>
    <message>
        <source>Batch %1 has no QC approval signature.</source>
        <translation>Batch %1 heeft geen handtekening voor QC-goedkeuring.</translation>
    </message>
    <message>
        <source>Batch %1 lacks its QC approval or review signature.</source>
        <translation>Batch %1 mist de handtekening voor QC-goedkeuring of beoordeling.</translation>
    </message>
    <message>
        <source>Still pending: %1. An exceptional release is decided on complete results.</source>
        <translation>Nog openstaand: %1. Over een uitzonderlijke vrijgifte wordt beslist op basis van volledige resultaten.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail of batch %1</source>
        <translation>Kan de audittrail van batch %1 niet lezen</translation>
    </message>
    <message>
        <source>the audit trail does not record it</source>
        <translation>de audittrail legt deze niet vast</translation>
    </message>
    <message>
        <source>its key is certified for %1 as %2</source>
        <translation>de sleutel ervan is gecertificeerd voor %1 als %2</translation>
    </message>
    <message>
        <source>it does not verify: the signature or what it covers was altered</source>
        <translation>deze kan niet worden geverifieerd: de handtekening of wat deze dekt is gewijzigd</translation>
    </message>
    <message>
        <source>signature %1 (&quot;%2&quot; by %3) cannot be trusted: %4; the recorded state of batch %5 is not borne out. Run releasedesk verify.</source>
        <translation>handtekening %1 (&quot;%2&quot; door %3) is niet betrouwbaar: %4; de vastgelegde status van batch %5 wordt niet bevestigd. Voer releasedesk verify uit.</translation>
    </message>
    <message>
        <source>Batch %1 cannot be signed: %2</source>
        <translation>Batch %1 kan niet worden ondertekend: %2</translation>
    </message>
    <message>
        <source>signature %1 (&quot;%2&quot; by %3) no longer covers the record of batch %4: its data changed after the decision</source>
        <translation>handtekening %1 (&quot;%2&quot; door %3) dekt het record van batch %4 niet meer: de gegevens ervan zijn na het besluit gewijzigd</translation>
    </message>
    <message>
        <source>&quot;external:&quot; needs the identifier the other system gives the deviation, as in &quot;external: QMS-2026-0042&quot;.</source>
        <translation>Bij &quot;external:&quot; hoort de identificatie die het andere systeem aan de afwijking geeft, zoals in &quot;external: QMS-2026-0042&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a deviation of batch %2 (%3); name one of its deviations, or one held in another system as &quot;external: ID&quot;.</source>
        <translation>%1 is geen afwijking van batch %2 (%3); noem een van de afwijkingen van de batch, of een afwijking in een ander systeem als &quot;external: ID&quot;.</translation>
    </message>
    <message>
        <source>it records none</source>
        <translation>de batch registreert er geen</translation>
    </message>
    <message>
        <source>Exception %1 is the open critical deviation %2: its disposition must name it (--deviation %2).</source>
        <translation>Uitzondering %1 is de open kritieke afwijking %2: de afhandeling moet die afwijking noemen (--deviation %2).</translation>
    </message>
    <message>
        <source>Exception %1 blocks release: its disposition must name the deviation that investigates it (a deviation of the batch, or &quot;external: ID&quot;).</source>
        <translation>Uitzondering %1 verhindert vrijgifte: de afhandeling moet de afwijking noemen die haar onderzoekt (een afwijking van de batch, of &quot;external: ID&quot;).</translation>
    </message>
    <message>
        <source>Batch %1 has out-of-specification results (%2): their QC approval needs the reference of the OOS investigation.</source>
        <translation>Batch %1 heeft resultaten buiten specificatie (%2): voor de QC-goedkeuring ervan is de referentie van het OOS-onderzoek vereist.</translation>
    </message>
    <message>
        <source>The investigation reference is longer than %1 characters.</source>
        <translation>De onderzoeksreferentie is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>Acceptable, no impact</source>
        <translation>Aanvaardbaar, geen impact</translation>
    </message>
    <message>
        <source>Acceptable with a deviation or CAPA reference</source>
        <translation>Aanvaardbaar met een afwijkings- of CAPA-referentie</translation>
    </message>
    <message>
        <source>Not acceptable (blocks release)</source>
        <translation>Niet aanvaardbaar (verhindert vrijgifte)</translation>
    </message>
    <message>
        <source>%1 judged exception %2 not acceptable (%3); the batch can only be rejected.</source>
        <translation>%1 heeft uitzondering %2 als niet aanvaardbaar beoordeeld (%3); de batch kan alleen nog worden afgekeurd.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the deviation or CAPA reference that accounts for exception %2.</source>
        <translation>&quot;%1&quot; vereist de afwijkings- of CAPA-referentie die uitzondering %2 verantwoordt.</translation>
    </message>
    <message>
        <source>Exception %1 blocks release, so it is not &quot;%2&quot;: choose &quot;%3&quot; or &quot;%4&quot;.</source>
        <translation>Uitzondering %1 verhindert vrijgifte en is dus niet &quot;%2&quot;: kies &quot;%3&quot; of &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 produced QC results of this batch (%2) and so cannot %3.</source>
        <translation>%1 heeft QC-resultaten van deze batch gemeten (%2) en kan daarom niet %3.</translation>
    </message>
    <message>
        <source>The analyst of %1 is no person of this store, so who measured it is not established; put the batch on hold and correct it under change control.</source>
        <translation>De analist van %1 is geen persoon in deze gegevensopslag, dus staat niet vast wie de meting heeft uitgevoerd; blokkeer de batch en corrigeer dit onder wijzigingsbeheer.</translation>
    </message>
    <message>
        <source>%1 assigned QC results of this batch from the unassigned inbox (as %2) and so cannot %3: another person does.</source>
        <translation>%1 heeft QC-resultaten van deze batch toegewezen vanuit de inbox voor niet-toegewezen resultaten (als %2) en kan daarom niet %3: dat moet een andere persoon doen.</translation>
    </message>
    <message>
        <source>%1 imported QC results of this batch (as %2) and so cannot %3: another person does.</source>
        <translation>%1 heeft QC-resultaten van deze batch geïmporteerd (als %2) en kan daarom niet %3: dat moet een andere persoon doen.</translation>
    </message>
    <message>
        <source>The comment %1.</source>
        <translation>De opmerking %1.</translation>
    </message>
    <message>
        <source>The risk evaluation %1.</source>
        <translation>De risicobeoordeling %1.</translation>
    </message>
    <message>
        <source>The physician&apos;s request reference %1.</source>
        <translation>De referentie van het verzoek van de arts %1.</translation>
    </message>
    <message>
        <source>The investigation reference %1.</source>
        <translation>De onderzoeksreferentie %1.</translation>
    </message>
    <message>
        <source>approve them</source>
        <translation>tot goedkeuring ervan overgaan</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) arose after the review and have no disposition; put the batch on hold and lift the hold to review them.</source>
        <translation>
            <numerusform>Na de beoordeling is %n uitzondering ontstaan die nog geen afhandeling heeft; blokkeer de batch en hef de blokkering op om deze te beoordelen.</numerusform>
            <numerusform>Na de beoordeling zijn %n uitzonderingen ontstaan die nog geen afhandeling hebben; blokkeer de batch en hef de blokkering op om ze te beoordelen.</numerusform>
        </translation>
    </message>
    <message>
        <source>confirm the release on them</source>
        <translation>op basis daarvan de vrijgifte bevestigen</translation>
    </message>
    <message>
        <source>The deviation reference %1.</source>
        <translation>De afwijkingsreferentie %1.</translation>
    </message>
</context>
<context>
    <name>rd::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>QC analyst</source>
        <translation>QC-analist</translation>
    </message>
    <message>
        <source>QA reviewer</source>
        <translation>QA-beoordelaar</translation>
    </message>
    <message>
        <source>Release authority</source>
        <translation>Vrijgiftebevoegde</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lezer</translation>
    </message>
</context>
<context>
    <name>rd::Runtime</name>
    <message>
        <source>The cryptography library (libsodium) failed to start.</source>
        <translation>De cryptografiebibliotheek (libsodium) kon niet worden gestart.</translation>
    </message>
    <message>
        <source>ReleaseDesk %1 (Qt %2, SQLCipher %3, libsodium %4)</source>
        <translation>ReleaseDesk %1 (Qt %2, SQLCipher %3, libsodium %4)</translation>
    </message>
    <message>
        <source>WARNING: RELEASEDESK_TESTING_MINIMUM_KDF is set: new passwords are protected with the test-only minimum Argon2id cost. Never use this for real stores.</source>
        <translation>WAARSCHUWING: RELEASEDESK_TESTING_MINIMUM_KDF is ingesteld: nieuwe wachtwoorden worden beveiligd met de minimale Argon2id-kosten die alleen voor tests bedoeld zijn. Gebruik dit nooit voor echte gegevensopslagen.</translation>
    </message>
</context>
<context>
    <name>rd::Session</name>
    <message>
        <source>Cannot read the account &quot;%1&quot;</source>
        <translation>Kan het account &quot;%1&quot; niet lezen</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Er is geen account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has a key slot but no record in this store; ask an administrator to reset its password.</source>
        <translation>Het account &quot;%1&quot; heeft een sleutelslot maar geen record in deze gegevensopslag; vraag een beheerder het wachtwoord opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>Het account &quot;%1&quot; is gedeactiveerd.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; is out of date (keyslots.json was restored from an older copy); ask an administrator to reset the password.</source>
        <translation>Het sleutelslot van &quot;%1&quot; is verouderd (keyslots.json is teruggezet vanuit een oudere kopie); vraag een beheerder het wachtwoord opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>Cannot record the login</source>
        <translation>Kan de aanmelding niet vastleggen</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>onjuist wachtwoord</translation>
    </message>
    <message>
        <source>%1 failed logins in a row; locked for %2 minutes</source>
        <translation>%1 mislukte aanmeldingen op rij; vergrendeld gedurende %2 minuten</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>onbekende gebruikersnaam</translation>
    </message>
    <message>
        <source>ReleaseDesk %1 on %2</source>
        <translation>ReleaseDesk %1 op %2</translation>
    </message>
    <message>
        <source>The failed-login counters in keyslots.json could not be updated: %1</source>
        <translation>De tellers voor mislukte aanmeldingen in keyslots.json konden niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <source>Cannot record the checkpoint</source>
        <translation>Kan het controlepunt niet vastleggen</translation>
    </message>
    <message>
        <source>The session has ended; unlock the store again.</source>
        <translation>De sessie is beëindigd; ontgrendel de gegevensopslag opnieuw.</translation>
    </message>
    <message>
        <source>%1 must change the password before doing anything else.</source>
        <translation>%1 moet eerst het wachtwoord wijzigen voordat er iets anders kan worden gedaan.</translation>
    </message>
    <message>
        <source>Only a user with the role %1 can %2; %3 is %4.</source>
        <translation>Alleen een gebruiker met de rol %1 mag %2; %3 heeft de rol %4.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Het wachtwoord is onjuist.</translation>
    </message>
    <message>
        <source>Cannot count the accounts</source>
        <translation>Kan de accounts niet tellen</translation>
    </message>
    <message>
        <source>failed at event %1: %2</source>
        <translation>mislukt bij gebeurtenis %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed. If the older copy is to be kept, an administrator can accept it with the recovery code (releasedesk recover --accept-rollback).</source>
        <translation>Er is niets gewijzigd. Als de oudere kopie moet worden behouden, kan een beheerder deze accepteren met de herstelcode (releasedesk recover --accept-rollback).</translation>
    </message>
    <message>
        <source>The last password change of &quot;%1&quot; was interrupted before it was saved in the records; ask an administrator to reset the password.</source>
        <translation>De laatste wachtwoordwijziging van &quot;%1&quot; is onderbroken voordat deze in de gegevens was opgeslagen; vraag een beheerder het wachtwoord opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>Cannot record the unlock</source>
        <translation>Kan de ontgrendeling niet vastleggen</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s settings</source>
        <translation>Kan de instellingen van de gegevensopslag niet lezen</translation>
    </message>
    <message>
        <source>set the inactivity lock</source>
        <translation>de vergrendeling bij inactiviteit instellen</translation>
    </message>
    <message>
        <source>The inactivity lock is 1 to %1 minutes, not %2.</source>
        <translation>De vergrendeling bij inactiviteit is 1 tot en met %1 minuten, niet %2.</translation>
    </message>
    <message>
        <source>Cannot change the setting</source>
        <translation>Kan de instelling niet wijzigen</translation>
    </message>
    <message>
        <source>%1 was made by an earlier ReleaseDesk; upgrade it once with the recovery code (releasedesk upgrade).</source>
        <translation>%1 is gemaakt door een eerdere versie van ReleaseDesk; upgrade de gegevensopslag eenmalig met de herstelcode (releasedesk upgrade).</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; holds no master key for records.db; ask an administrator to reset the password.</source>
        <translation>Het sleutelslot van &quot;%1&quot; bevat geen hoofdsleutel voor records.db; vraag een beheerder het wachtwoord opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>Cannot read the store root</source>
        <translation>Kan de rootsleutel van de gegevensopslag niet lezen</translation>
    </message>
    <message>
        <source>keyslots.json names store root %1, but records.db recorded root %2: one of the two files was replaced. Nothing was changed.</source>
        <translation>keyslots.json noemt rootsleutel %1, maar records.db heeft rootsleutel %2 vastgelegd: een van beide bestanden is vervangen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; is out of date: its key was replaced at audit event %2 (keyslots.json was restored from an older copy). Ask an administrator to reset the password.</source>
        <translation>Het sleutelslot van &quot;%1&quot; is verouderd: de sleutel is vervangen bij auditgebeurtenis %2 (keyslots.json is teruggezet vanuit een oudere kopie). Vraag een beheerder het wachtwoord opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>the key in the slot is not the certified key %1.</source>
        <translation>de sleutel in het slot is niet de gecertificeerde sleutel %1.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; does not hold a certified signing key (%2); it was not made by ReleaseDesk. Ask an administrator to reset the password.</source>
        <translation>Het sleutelslot van &quot;%1&quot; bevat geen gecertificeerde ondertekeningssleutel (%2); het is niet door ReleaseDesk gemaakt. Vraag een beheerder het wachtwoord opnieuw in te stellen.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation>een ongeldig tijdstip</translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>Kan de accounts niet lezen</translation>
    </message>
    <message>
        <source>failed logins of &quot;%1&quot;, which is no account of this store</source>
        <translation>mislukte aanmeldingen van &quot;%1&quot;, dat geen account van deze gegevensopslag is</translation>
    </message>
    <message>
        <source>a failed login of %1</source>
        <translation>een mislukte aanmelding van %1</translation>
    </message>
    <message>
        <source>a lockout of %1</source>
        <translation>een accountvergrendeling van %1</translation>
    </message>
    <message>
        <source>a failed login of an unknown user</source>
        <translation>een mislukte aanmelding van een onbekende gebruiker</translation>
    </message>
    <message>
        <source>keyslots.json counts %1 failed logins, fewer than the %2 recorded at an earlier login: its failed-login records were reset</source>
        <translation>keyslots.json telt %1 mislukte aanmeldingen, minder dan de %2 die bij een eerdere aanmelding zijn vastgelegd: de registraties van mislukte aanmeldingen zijn teruggezet</translation>
    </message>
    <message>
        <source>%1 failed logins were counted since the last login, but keyslots.json holds the records of only %2: the others were removed</source>
        <translation>sinds de laatste aanmelding zijn %1 mislukte aanmeldingen geteld, maar keyslots.json bevat de registraties van slechts %2: de overige zijn verwijderd</translation>
    </message>
    <message>
        <source>keyslots.json holds %1 failed-login records, but only %2 failed logins were counted since the last login: records were added</source>
        <translation>keyslots.json bevat %1 registraties van mislukte aanmeldingen, maar sinds de laatste aanmelding zijn slechts %2 mislukte aanmeldingen geteld: er zijn registraties toegevoegd</translation>
    </message>
    <message>
        <source>keyslots.json held failed-login records that cannot be true (a time in the future or before the last recorded event, or a name that is no account); they were written outside ReleaseDesk and are not taken as failed logins</source>
        <translation>keyslots.json bevatte registraties van mislukte aanmeldingen die niet kunnen kloppen (een tijdstip in de toekomst of vóór de laatst vastgelegde gebeurtenis, of een naam die geen account is); ze zijn buiten ReleaseDesk geschreven en worden niet als mislukte aanmeldingen beschouwd</translation>
    </message>
    <message>
        <source>keyslots.json held failed-login records that cannot be true; the audit trail records them as such: %1</source>
        <translation>keyslots.json bevatte registraties van mislukte aanmeldingen die niet kunnen kloppen; de audittrail legt ze als zodanig vast: %1</translation>
    </message>
    <message>
        <source>The store will be re-keyed when this session ends (%1).</source>
        <translation>De sleutel van de gegevensopslag wordt vernieuwd wanneer deze sessie eindigt (%1).</translation>
    </message>
    <message>
        <source>The re-key waits (%1); it is done when the store is next closed with nothing else open, or with releasedesk rekey.</source>
        <translation>De sleutelvernieuwing wacht (%1); deze wordt uitgevoerd wanneer de gegevensopslag de volgende keer wordt gesloten terwijl niets anders deze geopend heeft, of met releasedesk rekey.</translation>
    </message>
    <message>
        <source>The store was written to while it was being verified (events %1 to %2); verify again.</source>
        <translation>Er is naar de gegevensopslag geschreven terwijl deze werd geverifieerd (gebeurtenissen %1 tot en met %2); verifieer opnieuw.</translation>
    </message>
    <message>
        <source>ok: %1 events, %2 checkpoints, %3 signatures, %4 records, %5 key certificates; root %6</source>
        <translation>ok: %1 gebeurtenissen, %2 controlepunten, %3 handtekeningen, %4 records, %5 sleutelcertificaten; rootsleutel %6</translation>
    </message>
</context>
<context>
    <name>rd::SiteRegister</name>
    <message>
        <source>Cannot read the sites</source>
        <translation>Kan de locaties niet lezen</translation>
    </message>
    <message>
        <source>register a site</source>
        <translation>een locatie registreren</translation>
    </message>
    <message>
        <source>A site needs a name of 1 to 256 characters.</source>
        <translation>Een locatie vereist een naam van 1 tot en met 256 tekens.</translation>
    </message>
    <message>
        <source>Site &quot;%1&quot; needs its manufacturing authorisation (1 to 200 characters).</source>
        <translation>Locatie &quot;%1&quot; vereist een fabrikantenvergunning (1 tot en met 200 tekens).</translation>
    </message>
    <message>
        <source>The address of site &quot;%1&quot; is longer than 1000 characters.</source>
        <translation>Het adres van locatie &quot;%1&quot; is langer dan 1000 tekens.</translation>
    </message>
    <message>
        <source>Cannot register the site</source>
        <translation>Kan de locatie niet registreren</translation>
    </message>
</context>
<context>
    <name>rd::SpecificationService</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>product name: %1 → %2</source>
        <translation>productnaam: %1 → %2</translation>
    </message>
    <message>
        <source>strength: %1 → %2</source>
        <translation>sterkte: %1 → %2</translation>
    </message>
    <message>
        <source>%1: added (%2)</source>
        <translation>%1: toegevoegd (%2)</translation>
    </message>
    <message>
        <source>%1: %2 %3 → %4</source>
        <translation>%1: %2 %3 → %4</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <source>lower limit</source>
        <translation>ondergrens</translation>
    </message>
    <message>
        <source>upper limit</source>
        <translation>bovengrens</translation>
    </message>
    <message>
        <source>expected result</source>
        <translation>verwacht resultaat</translation>
    </message>
    <message>
        <source>method</source>
        <translation>methode</translation>
    </message>
    <message>
        <source>release-critical</source>
        <translation>vrijgiftekritisch</translation>
    </message>
    <message>
        <source>may be pending at release</source>
        <translation>mag bij vrijgifte openstaand zijn</translation>
    </message>
    <message>
        <source>%1: removed (%2)</source>
        <translation>%1: verwijderd (%2)</translation>
    </message>
    <message>
        <source>draft: judges nothing until a QA reviewer approves it</source>
        <translation>concept: hiermee wordt niets beoordeeld totdat een QA-beoordelaar het goedkeurt</translation>
    </message>
    <message>
        <source>effective %1 (in force before approvals were recorded)</source>
        <translation>geldig vanaf %1 (van kracht voordat goedkeuringen werden vastgelegd)</translation>
    </message>
    <message>
        <source>approved by %1 on %2, effective %3</source>
        <translation>goedgekeurd door %1 op %2, geldig vanaf %3</translation>
    </message>
    <message>
        <source>approve a specification</source>
        <translation>een specificatie goedkeuren</translation>
    </message>
    <message>
        <source>There is no specification of product %1.</source>
        <translation>Er is geen specificatie van product %1.</translation>
    </message>
    <message>
        <source>Product %1 has no specification version %2 (it has %3).</source>
        <translation>Product %1 heeft geen specificatieversie %2 (wel: %3).</translation>
    </message>
    <message>
        <source>%1 imported specification %2 version %3, so another QA reviewer approves it.</source>
        <translation>Specificatie %2 versie %3 is geïmporteerd door %1, dus een andere QA-beoordelaar moet deze goedkeuren.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>u</translation>
    </message>
    <message>
        <source>Cannot start the approval</source>
        <translation>Kan de goedkeuring niet starten</translation>
    </message>
    <message>
        <source>Cannot commit the approval</source>
        <translation>Kan de goedkeuring niet definitief vastleggen</translation>
    </message>
    <message>
        <source>judge a batch against another specification</source>
        <translation>een batch beoordelen aan de hand van een andere specificatie</translation>
    </message>
    <message>
        <source>Say why batch %1 is judged against another version.</source>
        <translation>Geef aan waarom batch %1 aan de hand van een andere versie wordt beoordeeld.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>De reden is langer dan %1 tekens.</translation>
    </message>
    <message>
        <source>Cannot start the re-judgement</source>
        <translation>Kan de herbeoordeling niet starten</translation>
    </message>
    <message>
        <source>There is no batch %1.</source>
        <translation>Er is geen batch %1.</translation>
    </message>
    <message>
        <source>Specification %1 version %2 is a draft: a batch is judged only against an approved version.</source>
        <translation>Specificatie %1 versie %2 is een concept: een batch wordt alleen beoordeeld aan de hand van een goedgekeurde versie.</translation>
    </message>
    <message>
        <source>Batch %1 is already judged against specification %2 version %3.</source>
        <translation>Batch %1 wordt al beoordeeld aan de hand van specificatie %2 versie %3.</translation>
    </message>
    <message>
        <source>judged against specification version %1</source>
        <translation>beoordeeld aan de hand van specificatieversie %1</translation>
    </message>
    <message>
        <source>judged against specification version %1 instead of %2</source>
        <translation>beoordeeld aan de hand van specificatieversie %1 in plaats van %2</translation>
    </message>
    <message>
        <source>Cannot read the state of batch %1</source>
        <translation>Kan de status van batch %1 niet lezen</translation>
    </message>
    <message>
        <source>Cannot commit the re-judgement</source>
        <translation>Kan de herbeoordeling niet definitief vastleggen</translation>
    </message>
    <message>
        <source>Specification %1 version %2 is already approved: %3.</source>
        <translation>Specificatie %1 versie %2 is al goedgekeurd: %3.</translation>
    </message>
    <message>
        <source>The workstation clock (%1) is behind the last event of the audit trail (%2): a specification cannot be approved at a time before what is already recorded. Set the clock right first.</source>
        <translation>De klok van het werkstation (%1) loopt achter op de laatste gebeurtenis van de audittrail (%2): een specificatie kan niet worden goedgekeurd op een tijdstip vóór wat al is vastgelegd. Zet eerst de klok goed.</translation>
    </message>
    <message>
        <source>Cannot read the store settings</source>
        <translation>Kan de instellingen van de gegevensopslag niet lezen</translation>
    </message>
    <message>
        <source>the approval of specification %1 version %2</source>
        <translation>De goedkeuring van specificatie %1 versie %2</translation>
    </message>
    <message>
        <source>%1 has no signature, and the version came after approvals were recorded.</source>
        <translation>%1 heeft geen handtekening, en de versie is er pas gekomen nadat goedkeuringen werden vastgelegd.</translation>
    </message>
    <message>
        <source>Cannot read the signatures</source>
        <translation>Kan de handtekeningen niet lezen</translation>
    </message>
    <message>
        <source>%1 names signature %2, which is missing.</source>
        <translation>%1 noemt handtekening %2, maar die ontbreekt.</translation>
    </message>
    <message>
        <source>%1 is not what signature %2 approved.</source>
        <translation>%1 is niet wat met handtekening %2 is goedgekeurd.</translation>
    </message>
    <message>
        <source>%1 was signed by the person who imported it.</source>
        <translation>%1 is ondertekend door de persoon die de specificatie heeft geïmporteerd.</translation>
    </message>
    <message>
        <source>The reason %1.</source>
        <translation>De reden %1.</translation>
    </message>
</context>
<context>
    <name>rd::SqlCipherDriver</name>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Kan de instructie niet voorbereiden</translation>
    </message>
    <message>
        <source>The statement is empty</source>
        <translation>De instructie is leeg</translation>
    </message>
    <message>
        <source>Only one statement can be executed at a time</source>
        <translation>Er kan maar één instructie tegelijk worden uitgevoerd</translation>
    </message>
    <message>
        <source>Cannot bind a value of type %1 to parameter %2</source>
        <translation>Kan geen waarde van type %1 aan parameter %2 binden</translation>
    </message>
    <message>
        <source>Unable to bind parameter %1</source>
        <translation>Kan parameter %1 niet binden</translation>
    </message>
    <message>
        <source>No value bound for parameter %1</source>
        <translation>Geen waarde gebonden aan parameter %1</translation>
    </message>
    <message>
        <source>Too many values bound: the statement has %1 parameters, %2 given</source>
        <translation>Te veel waarden gebonden: de instructie heeft %1 parameters, %2 opgegeven</translation>
    </message>
    <message>
        <source>No statement has been prepared</source>
        <translation>Er is geen instructie voorbereid</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Kan de instructie niet uitvoeren</translation>
    </message>
    <message>
        <source>Unable to fetch the row</source>
        <translation>Kan de rij niet ophalen</translation>
    </message>
    <message>
        <source>Unknown connect option: %1</source>
        <translation>Onbekende verbindingsoptie: %1</translation>
    </message>
    <message>
        <source>Unable to open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
    <message>
        <source>Unable to begin the transaction</source>
        <translation>Kan de transactie niet starten</translation>
    </message>
    <message>
        <source>Unable to commit the transaction</source>
        <translation>Kan de transactie niet doorvoeren</translation>
    </message>
    <message>
        <source>Unable to roll back the transaction</source>
        <translation>Kan de transactie niet terugdraaien</translation>
    </message>
    <message>
        <source>Unable to execute the script</source>
        <translation>Kan het script niet uitvoeren</translation>
    </message>
    <message>
        <source>Unable to set the database key</source>
        <translation>Kan de databasesleutel niet instellen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 on SQLite %2</source>
        <translation>%1 op SQLite %2</translation>
    </message>
    <message>
        <source>The transaction the statement was reading in was rolled back</source>
        <translation>De transactie waarin de instructie las, is teruggedraaid</translation>
    </message>
    <message>
        <source>Unable to read the list of tables</source>
        <translation>Kan de lijst met tabellen niet lezen</translation>
    </message>
    <message>
        <source>Unable to read the columns of %1</source>
        <translation>Kan de kolommen van %1 niet lezen</translation>
    </message>
</context>
<context>
    <name>rd::Store</name>
    <message>
        <source>%1: the store is busy because another ReleaseDesk process is writing to it; try again when it has finished.</source>
        <translation>%1: de gegevensopslag is bezet omdat een ander ReleaseDesk-proces ernaar schrijft; probeer het opnieuw wanneer dat proces klaar is.</translation>
    </message>
    <message>
        <source>%1: records.db is damaged (%2); restore the store from a backup.</source>
        <translation>%1: records.db is beschadigd (%2); zet de gegevensopslag terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>%1: the disk is full; nothing was written.</source>
        <translation>%1: de schijf is vol; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>%1: the store cannot be written (%2).</source>
        <translation>%1: er kan niet naar de gegevensopslag worden geschreven (%2).</translation>
    </message>
    <message>
        <source>%1: a disk error occurred (%2).</source>
        <translation>%1: er is een schijffout opgetreden (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Kan %1 niet openen</translation>
    </message>
    <message>
        <source>Cannot key %1</source>
        <translation>Kan de sleutel voor %1 niet instellen</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher (PRAGMA cipher_version gives no answer); ReleaseDesk cannot open encrypted stores with it.</source>
        <translation>De gebruikte SQLite-bibliotheek is geen SQLCipher (PRAGMA cipher_version geeft geen antwoord); ReleaseDesk kan daarmee geen versleutelde gegevensopslag openen.</translation>
    </message>
    <message>
        <source>Cannot select the SQLCipher 3 format</source>
        <translation>Kan het SQLCipher 3-formaat niet selecteren</translation>
    </message>
    <message>
        <source>Cannot configure %1</source>
        <translation>Kan %1 niet configureren</translation>
    </message>
    <message>
        <source>records.db in %1 cannot be decrypted with this store&apos;s key: it is damaged or belongs to another store. Restore it from a backup.</source>
        <translation>records.db in %1 kan niet worden ontsleuteld met de sleutel van deze gegevensopslag: het bestand is beschadigd of hoort bij een andere gegevensopslag. Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged (%2). Restore it from a backup.</source>
        <translation>records.db in %1 is beschadigd (%2). Zet het bestand terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>Cannot read records.db in %1</source>
        <translation>Kan records.db in %1 niet lezen</translation>
    </message>
    <message>
        <source>records.db in %1 holds no ReleaseDesk data (it has no meta table); it was replaced or damaged. Restore it from a backup.</source>
        <translation>records.db in %1 bevat geen ReleaseDesk-gegevens (er is geen meta-tabel); het bestand is vervangen of beschadigd. Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>records.db in %1 has no valid schema version (&quot;%2&quot;); it is damaged.</source>
        <translation>records.db in %1 heeft geen geldige schemaversie (&quot;%2&quot;); het bestand is beschadigd.</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer ReleaseDesk (schema version %2; this version reads up to %3). Use a newer ReleaseDesk; the store was not changed.</source>
        <translation>De gegevensopslag %1 is geschreven door een nieuwere versie van ReleaseDesk (schemaversie %2; deze versie leest tot en met %3). Gebruik een nieuwere versie van ReleaseDesk; de gegevensopslag is niet gewijzigd.</translation>
    </message>
    <message>
        <source>records.db in %1 belongs to another store (id %2, while keyslots.json says %3); the files were mixed up.</source>
        <translation>records.db in %1 hoort bij een andere gegevensopslag (id %2, terwijl keyslots.json %3 vermeldt); de bestanden zijn verwisseld.</translation>
    </message>
    <message>
        <source>records.db in %1 is truncated: it holds %2 bytes of the %3 its header describes. Restore it from a backup.</source>
        <translation>records.db in %1 is afgekapt: het bestand bevat %2 bytes van de %3 die de header beschrijft. Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>%1 already holds a records.db; a new store needs an empty folder.</source>
        <translation>%1 bevat al een records.db; een nieuwe gegevensopslag vereist een lege map.</translation>
    </message>
    <message>
        <source>records.db is missing from the store %1; restore it from a backup.</source>
        <translation>records.db ontbreekt in gegevensopslag %1; zet het bestand terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>Cannot read records.db in %1: %2</source>
        <translation>Kan records.db in %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>records.db in %1 is an unencrypted SQLite database, not this store&apos;s encrypted one: it was replaced. Restore it from a backup.</source>
        <translation>records.db in %1 is een onversleutelde SQLite-database, niet de versleutelde database van deze gegevensopslag: het bestand is vervangen. Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged: its size, %2 bytes, is not a whole number of 1024-byte pages (was it truncated?). Restore it from a backup.</source>
        <translation>records.db in %1 is beschadigd: de grootte, %2 bytes, is geen geheel aantal pagina&apos;s van 1024 bytes (is het bestand afgekapt?). Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>Cannot switch records.db in %1 to write-ahead logging</source>
        <translation>Kan records.db in %1 niet omschakelen naar write-ahead logging</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged at page %2 (%3); restore the store from a backup.</source>
        <translation>records.db in %1 is beschadigd op pagina %2 (%3); zet de gegevensopslag terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>records.db in %1 is damaged: %2</source>
        <translation>records.db in %1 is beschadigd: %2</translation>
    </message>
    <message>
        <source>Cannot set the page size</source>
        <translation>Kan de paginagrootte niet instellen</translation>
    </message>
</context>
<context>
    <name>rd::StoreCreator</name>
    <message>
        <source>%1 is a file; a new store needs a new or empty folder.</source>
        <translation>%1 is een bestand; een nieuwe gegevensopslag vereist een nieuwe of lege map.</translation>
    </message>
    <message>
        <source>%1 is not empty; a new store needs a new or empty folder.</source>
        <translation>%1 is niet leeg; een nieuwe gegevensopslag vereist een nieuwe of lege map.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Kan de map %1 niet aanmaken.</translation>
    </message>
    <message>
        <source>SQLCipher %1 on SQLite %2</source>
        <translation>SQLCipher %1 op SQLite %2</translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation>Kan de gegevensopslag niet aanmaken</translation>
    </message>
    <message>
        <source>Cannot move the new store into place at %1.</source>
        <translation>Kan de nieuwe gegevensopslag niet naar %1 verplaatsen.</translation>
    </message>
</context>
<context>
    <name>rd::StoreFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>Kan %1 niet naar schijf wegschrijven: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>Kan %1 niet vervangen: %2</translation>
    </message>
    <message>
        <source>Cannot flush the folder %1 to disk: %2</source>
        <translation>Kan de map %1 niet naar schijf wegschrijven: %2</translation>
    </message>
    <message>
        <source>The store folder %1 is read-only (%2); ReleaseDesk records every login in the store and needs write access to it.</source>
        <translation>De map van gegevensopslag %1 is alleen-lezen (%2); ReleaseDesk legt elke aanmelding vast in de gegevensopslag en heeft er schrijftoegang toe nodig.</translation>
    </message>
    <message>
        <source>The store %1 is busy: another ReleaseDesk process is changing its key slots. Try again in a moment.</source>
        <translation>Gegevensopslag %1 is bezet: een ander ReleaseDesk-proces wijzigt de sleutelslots. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>Cannot open the store folder %1: %2</source>
        <translation>Kan de map van gegevensopslag %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot lock the store folder %1: %2</source>
        <translation>Kan de map van gegevensopslag %1 niet vergrendelen: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Kan %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot lock the store %1: %2</source>
        <translation>Kan gegevensopslag %1 niet vergrendelen: %2</translation>
    </message>
    <message>
        <source>The store %1 is open in another window or process; it can be re-keyed only when nothing else has it open.</source>
        <translation>Gegevensopslag %1 is geopend in een ander venster of proces; de sleutel kan alleen worden vernieuwd als niets anders de gegevensopslag geopend heeft.</translation>
    </message>
    <message>
        <source>The store %1 is being re-keyed by another process; try again in a moment.</source>
        <translation>De sleutel van gegevensopslag %1 wordt door een ander proces vernieuwd; probeer het zo dadelijk opnieuw.</translation>
    </message>
</context>
<context>
    <name>rd::StoreVerifier</name>
    <message>
        <source>Cannot read the database schema: %1</source>
        <translation>Kan het databaseschema niet lezen: %1</translation>
    </message>
    <message>
        <source>Cannot build the expected schema in memory.</source>
        <translation>Kan het verwachte schema niet in het geheugen opbouwen.</translation>
    </message>
    <message>
        <source>Cannot build the expected schema (migration %1): %2</source>
        <translation>Kan het verwachte schema niet opbouwen (migratie %1): %2</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>Cannot read the database schema: no connection.</source>
        <translation>Kan het databaseschema niet lezen: geen verbinding.</translation>
    </message>
    <message>
        <source>The %1 %2 is missing from the database: it was removed outside ReleaseDesk.</source>
        <translation>De %1 %2 ontbreekt in de database: deze is buiten ReleaseDesk verwijderd.</translation>
    </message>
    <message>
        <source>The %1 %2 is not the one ReleaseDesk made: it was replaced outside ReleaseDesk (it now reads: %3).</source>
        <translation>De %1 %2 is niet degene die ReleaseDesk heeft gemaakt: deze is buiten ReleaseDesk vervangen (nu: %3).</translation>
    </message>
    <message>
        <source>The database holds the %1 %2, which ReleaseDesk never made: it was added outside ReleaseDesk.</source>
        <translation>De database bevat de %1 %2, die ReleaseDesk nooit heeft gemaakt: deze is buiten ReleaseDesk toegevoegd.</translation>
    </message>
    <message>
        <source>The store&apos;s root is %1, not %2 as expected: this is not the store whose fingerprint you hold, or its root was replaced.</source>
        <translation>De rootsleutel van de gegevensopslag is %1, niet %2 zoals verwacht: dit is niet de gegevensopslag waarvan u de vingerafdruk hebt, of de rootsleutel ervan is vervangen.</translation>
    </message>
    <message>
        <source>Signing key %1 cannot be trusted: %2</source>
        <translation>Ondertekeningssleutel %1 is niet betrouwbaar: %2</translation>
    </message>
    <message>
        <source>keyslots.json records a checkpoint of %1 at event %2 that %1&apos;s certified key did not sign: keyslots.json was altered.</source>
        <translation>keyslots.json vermeldt een controlepunt van %1 bij gebeurtenis %2 dat niet is ondertekend met de gecertificeerde sleutel van %1: keyslots.json is gewijzigd.</translation>
    </message>
    <message>
        <source>Written outside ReleaseDesk, as no audit event recorded it: %1.</source>
        <translation>Buiten ReleaseDesk geschreven, want geen auditgebeurtenis heeft het vastgelegd: %1.</translation>
    </message>
    <message>
        <source>Changed after audit event %1 recorded it: %2 (the rows are not the ones written then).</source>
        <translation>Gewijzigd nadat auditgebeurtenis %1 het heeft vastgelegd: %2 (de rijen zijn niet de rijen die toen zijn geschreven).</translation>
    </message>
    <message>
        <source>Removed after audit event %1 recorded it: %2.</source>
        <translation>Verwijderd nadat auditgebeurtenis %1 het heeft vastgelegd: %2.</translation>
    </message>
    <message>
        <source>The key slot of &quot;%1&quot; uses the test-only minimum Argon2id cost; reset that password.</source>
        <translation>Het sleutelslot van &quot;%1&quot; gebruikt de minimale Argon2id-kosten die alleen voor tests bedoeld zijn; stel dat wachtwoord opnieuw in.</translation>
    </message>
    <message>
        <source>The recovery slot uses the test-only minimum Argon2id cost.</source>
        <translation>Het herstelslot gebruikt de minimale Argon2id-kosten die alleen voor tests bedoeld zijn.</translation>
    </message>
    <message>
        <source>A re-key is due (%1): until it is done, a copy of a removed key slot still opens records.db. Run releasedesk rekey with nothing else open.</source>
        <translation>Een sleutelvernieuwing is vereist (%1): totdat deze is uitgevoerd, opent een kopie van een verwijderd sleutelslot nog steeds records.db. Voer releasedesk rekey uit terwijl niets anders geopend is.</translation>
    </message>
    <message>
        <source>Cannot read the signatures</source>
        <translation>Kan de handtekeningen niet lezen</translation>
    </message>
</context>
<context>
    <name>rd::Terminal</name>
    <message>
        <source>Standard input ended before line %1, which should hold the next password (see --help for the order).</source>
        <translation>De standaardinvoer eindigde vóór regel %1, die het volgende wachtwoord had moeten bevatten (zie --help voor de volgorde).</translation>
    </message>
    <message>
        <source>Line %1 of standard input is too long.</source>
        <translation>Regel %1 van de standaardinvoer is te lang.</translation>
    </message>
    <message>
        <source>There is no terminal to ask on; give the input on standard input with --password-stdin.</source>
        <translation>Er is geen terminal om de invoer te vragen; geef de invoer via standaardinvoer met --password-stdin.</translation>
    </message>
    <message>
        <source>No input was given.</source>
        <translation>Er is geen invoer opgegeven.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>De twee wachtwoorden verschillen; er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>rd::Text</name>
    <message>
        <source>contains an invisible formatting character (U+%1)</source>
        <translation>bevat een onzichtbaar opmaakteken (U+%1)</translation>
    </message>
    <message>
        <source>contains a line break; only a text such as notes or a reason may hold one</source>
        <translation>bevat een regeleinde; alleen een tekst zoals notities of een reden mag er een bevatten</translation>
    </message>
    <message>
        <source>contains a tab; only a text such as notes or a reason may hold one</source>
        <translation>bevat een tab; alleen een tekst zoals notities of een reden mag er een bevatten</translation>
    </message>
    <message>
        <source>contains a control character (U+%1)</source>
        <translation>bevat een stuurteken (U+%1)</translation>
    </message>
    <message>
        <source>contains half of a surrogate pair (U+%1), which is no character</source>
        <translation>bevat de helft van een surrogaatpaar (U+%1), wat geen teken is</translation>
    </message>
</context>
<context>
    <name>rd::Upgrade</name>
    <message>
        <source>The store does not verify as it is, so it was not upgraded: %1</source>
        <translation>De gegevensopslag kan in de huidige staat niet worden geverifieerd en is daarom niet geüpgraded: %1</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>gebeurtenis %1: %2</translation>
    </message>
    <message>
        <source>%1 is already current (key-slot format %2); there is nothing to upgrade.</source>
        <translation>%1 is al actueel (sleutelslotformaat %2); er valt niets te upgraden.</translation>
    </message>
    <message>
        <source>keyslots.json of %1 was changed outside ReleaseDesk (its integrity code does not match), so the store was not upgraded. Restore keyslots.json from a backup first.</source>
        <translation>keyslots.json van %1 is buiten ReleaseDesk gewijzigd (de integriteitscode komt niet overeen), dus de gegevensopslag is niet geüpgraded. Zet keyslots.json eerst terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>Cannot read the store root</source>
        <translation>Kan de rootsleutel van de gegevensopslag niet lezen</translation>
    </message>
    <message>
        <source>records.db already names a root other than the one this upgrade made; it was not upgraded by this ReleaseDesk. Nothing was changed.</source>
        <translation>records.db noemt al een andere rootsleutel dan de rootsleutel die deze upgrade heeft gemaakt; het bestand is niet door deze ReleaseDesk geüpgraded. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Cannot upgrade the store</source>
        <translation>Kan de gegevensopslag niet upgraden</translation>
    </message>
    <message>
        <source>Cannot read the signing keys</source>
        <translation>Kan de ondertekeningssleutels niet lezen</translation>
    </message>
    <message>
        <source>key %1 of %2 (%3, %4)</source>
        <translation>sleutel %1 van %2 (%3, %4)</translation>
    </message>
    <message>
        <source>store made before key certificates, verified as it was, then upgraded with the recovery code; keys certified by the new root: %1</source>
        <translation>gegevensopslag van vóór de sleutelcertificaten, geverifieerd zoals hij was en daarna geüpgraded met de herstelcode; sleutels gecertificeerd door de nieuwe rootsleutel: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>Kan de accounts niet lezen</translation>
    </message>
    <message>
        <source>upgrade to key certificates</source>
        <translation>upgrade naar sleutelcertificaten</translation>
    </message>
</context>
<context>
    <name>rd::UserFiles</name>
    <message>
        <source>a folder</source>
        <translation>een map</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>een tekenapparaat</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>een blokapparaat</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>een FIFO (named pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>een socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>een speciaal bestand</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is %2, not a regular file; choose another path.</source>
        <translation>Weigering om %1 te schrijven: het is %2, geen gewoon bestand; kies een ander pad.</translation>
    </message>
    <message>
        <source>Refusing to read %1: it is %2, not a regular file.</source>
        <translation>Weigering om %1 te lezen: het is %2, geen gewoon bestand.</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is inside the store folder %2, whose files must never be overwritten; choose a path outside it.</source>
        <translation>Weigering om %1 te schrijven: het ligt in de map van gegevensopslag %2, waarvan de bestanden nooit overschreven mogen worden; kies een pad daarbuiten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>Kan %1 niet lezen: het bestand bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; at most %3 MiB are read.</source>
        <translation>%1 is %2 MiB; er wordt ten hoogste %3 MiB gelezen.</translation>
    </message>
    <message>
        <source>Cannot read %1: not enough memory for %2 MiB.</source>
        <translation>Kan %1 niet lezen: onvoldoende geheugen voor %2 MiB.</translation>
    </message>
</context>
<context>
    <name>rd::Workflow</name>
    <message>
        <source>Awaiting QC approval</source>
        <translation>Wacht op QC-goedkeuring</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Wacht op beoordeling</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In beoordeling</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Beoordeeld</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Vrijgegeven</translation>
    </message>
    <message>
        <source>Conditionally released</source>
        <translation>Voorwaardelijk vrijgegeven</translation>
    </message>
    <message>
        <source>Exceptional release (out of specification)</source>
        <translation>Uitzonderlijke vrijgifte (buiten specificatie)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>QC results approved</source>
        <translation>QC-resultaten goedgekeurd</translation>
    </message>
    <message>
        <source>Exceptional release of out-of-specification product</source>
        <translation>Uitzonderlijke vrijgifte van product buiten specificatie</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Hold lifted</source>
        <translation>Blokkering opgeheven</translation>
    </message>
    <message>
        <source>I approve the QC results of this batch: they are complete as recorded, attributable and were obtained with the stated methods and instruments.</source>
        <translation>Ik keur de QC-resultaten van deze batch goed: ze zijn volledig zoals vastgelegd, herleidbaar en verkregen met de vermelde methoden en instrumenten.</translation>
    </message>
    <message>
        <source>I have reviewed the batch record and its QC results, and I have recorded a disposition for every exception.</source>
        <translation>Ik heb het batchrecord en de QC-resultaten beoordeeld en voor elke uitzondering een afhandeling vastgelegd.</translation>
    </message>
    <message>
        <source>I certify that this batch was manufactured and tested in accordance with GMP and its marketing or trial authorisation, and release it for the patient.</source>
        <translation>Ik verklaar dat deze batch is geproduceerd en getest in overeenstemming met GMP en de handelsvergunning of de vergunning voor de klinische proef, en geef de batch vrij voor de patiënt.</translation>
    </message>
    <message>
        <source>I release this batch before every test is complete. The tests still pending are named below; their results will be assessed when they arrive.</source>
        <translation>Ik geef deze batch vrij voordat alle tests zijn afgerond. De nog openstaande tests staan hieronder vermeld; hun resultaten worden beoordeeld zodra ze binnen zijn.</translation>
    </message>
    <message>
        <source>I release this batch although it does not meet its specification, at the written request of the treating physician and on the risk evaluation recorded below.</source>
        <translation>Ik geef deze batch vrij hoewel deze niet aan de specificatie voldoet, op schriftelijk verzoek van de behandelend arts en op basis van de hieronder vastgelegde risicobeoordeling.</translation>
    </message>
    <message>
        <source>I reject this batch: it must not be administered.</source>
        <translation>Ik keur deze batch af: deze mag niet worden toegediend.</translation>
    </message>
    <message>
        <source>I put this batch on hold: no decision may be taken on it until the hold is lifted.</source>
        <translation>Ik blokkeer deze batch: er mag geen besluit over worden genomen totdat de blokkering is opgeheven.</translation>
    </message>
    <message>
        <source>I lift the hold on this batch; its review continues.</source>
        <translation>Ik hef de blokkering van deze batch op; de beoordeling gaat verder.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be signed while the batch is &quot;%2&quot;: %3</source>
        <translation>&quot;%1&quot; kan niet worden ondertekend zolang de batch de status &quot;%2&quot; heeft: %3</translation>
    </message>
    <message>
        <source>the decision on it is final.</source>
        <translation>het besluit erover is definitief.</translation>
    </message>
    <message>
        <source>its QC results have already been approved.</source>
        <translation>de QC-resultaten zijn al goedgekeurd.</translation>
    </message>
    <message>
        <source>its QC results must be approved first.</source>
        <translation>de QC-resultaten moeten eerst worden goedgekeurd.</translation>
    </message>
    <message>
        <source>the hold must be lifted first.</source>
        <translation>de blokkering moet eerst worden opgeheven.</translation>
    </message>
    <message>
        <source>it has already been reviewed.</source>
        <translation>de batch is al beoordeeld.</translation>
    </message>
    <message>
        <source>it is already on hold.</source>
        <translation>de batch is al geblokkeerd.</translation>
    </message>
    <message>
        <source>it is not on hold.</source>
        <translation>de batch is niet geblokkeerd.</translation>
    </message>
    <message>
        <source>only the final release or a rejection can follow.</source>
        <translation>alleen de definitieve vrijgifte of een afkeuring kan nog volgen.</translation>
    </message>
    <message>
        <source>the batch must be reviewed first.</source>
        <translation>de batch moet eerst worden beoordeeld.</translation>
    </message>
</context>
<context>
    <name>rd::audit</name>
    <message>
        <source>Store created</source>
        <translation>Gegevensopslag aangemaakt</translation>
    </message>
    <message>
        <source>Schema migrated</source>
        <translation>Schema gemigreerd</translation>
    </message>
    <message>
        <source>Session opened</source>
        <translation>Sessie geopend</translation>
    </message>
    <message>
        <source>Session locked (checkpoint)</source>
        <translation>Sessie vergrendeld (controlepunt)</translation>
    </message>
    <message>
        <source>Session closed (checkpoint)</source>
        <translation>Sessie gesloten (controlepunt)</translation>
    </message>
    <message>
        <source>Login failed</source>
        <translation>Aanmelding mislukt</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Aanmelding geweigerd</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Account vergrendeld</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Account aangemaakt</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Account gedeactiveerd</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <source>Signing key issued</source>
        <translation>Ondertekeningssleutel uitgegeven</translation>
    </message>
    <message>
        <source>Recovery code used</source>
        <translation>Herstelcode gebruikt</translation>
    </message>
    <message>
        <source>Raw database key disclosed</source>
        <translation>Ruwe databasesleutel openbaar gemaakt</translation>
    </message>
    <message>
        <source>Clock went backwards</source>
        <translation>Klok liep terug</translation>
    </message>
    <message>
        <source>Audit trail verified</source>
        <translation>Audittrail geverifieerd</translation>
    </message>
    <message>
        <source>Account enabled again</source>
        <translation>Account opnieuw geactiveerd</translation>
    </message>
    <message>
        <source>Older records accepted</source>
        <translation>Oudere gegevens geaccepteerd</translation>
    </message>
    <message>
        <source>File imported</source>
        <translation>Bestand geïmporteerd</translation>
    </message>
    <message>
        <source>Record superseded</source>
        <translation>Record vervangen</translation>
    </message>
    <message>
        <source>Unassigned result assigned</source>
        <translation>Niet-toegewezen resultaat toegewezen</translation>
    </message>
    <message>
        <source>Unassigned result rejected</source>
        <translation>Niet-toegewezen resultaat afgewezen</translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation>Records geëxporteerd</translation>
    </message>
    <message>
        <source>Batch signed</source>
        <translation>Batch ondertekend</translation>
    </message>
    <message>
        <source>Review started</source>
        <translation>Beoordeling gestart</translation>
    </message>
    <message>
        <source>Exception dispositioned</source>
        <translation>Uitzondering afgehandeld</translation>
    </message>
    <message>
        <source>Session unlocked</source>
        <translation>Sessie ontgrendeld</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Instelling gewijzigd</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Document uitgegeven</translation>
    </message>
    <message>
        <source>Security event signed (checkpoint)</source>
        <translation>Beveiligingsgebeurtenis ondertekend (controlepunt)</translation>
    </message>
    <message>
        <source>Store re-keyed</source>
        <translation>Sleutel van gegevensopslag vernieuwd</translation>
    </message>
    <message>
        <source>Store upgraded to key certificates</source>
        <translation>Gegevensopslag geüpgraded naar sleutelcertificaten</translation>
    </message>
    <message>
        <source>Re-key due</source>
        <translation>Sleutelvernieuwing vereist</translation>
    </message>
    <message>
        <source>Batch held after a rollback</source>
        <translation>Batch geblokkeerd na terugzetten van oudere gegevens</translation>
    </message>
    <message>
        <source>Failed-login record in keyslots.json not believed</source>
        <translation>Registratie van mislukte aanmelding in keyslots.json niet aanvaard</translation>
    </message>
    <message>
        <source>Batch held for a change under change control</source>
        <translation>Batch geblokkeerd voor een wijziging onder wijzigingsbeheer</translation>
    </message>
    <message>
        <source>Batch returned to QC approval by a change</source>
        <translation>Batch door een wijziging teruggezet naar QC-goedkeuring</translation>
    </message>
    <message>
        <source>Account&apos;s person stated</source>
        <translation>Persoon van account opgegeven</translation>
    </message>
    <message>
        <source>Hand-over of a reset key confirmed</source>
        <translation>Overdracht van sleutel na wachtwoordherstel bevestigd</translation>
    </message>
    <message>
        <source>Specification approved</source>
        <translation>Specificatie goedgekeurd</translation>
    </message>
    <message>
        <source>Batch judged against another specification version</source>
        <translation>Batch beoordeeld aan de hand van een andere specificatieversie</translation>
    </message>
</context>
<context>
    <name>rd::crypto</name>
    <message>
        <source>Key slot salt has the wrong length.</source>
        <translation>De salt van het sleutelslot heeft een onjuiste lengte.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id needs %1 MiB).</source>
        <translation>Onvoldoende geheugen om de sleutel af te leiden (Argon2id heeft %1 MiB nodig).</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Onvoldoende geheugen om het wachtwoord te hashen.</translation>
    </message>
</context>
<context>
    <name>rd::qc::Baselines</name>
    <message>
        <source>Cannot read the frozen baselines</source>
        <translation>Kan de vastgezette referentieperioden niet lezen</translation>
    </message>
    <message>
        <source>There is no frozen baseline &quot;%1&quot; for %2 of %3.</source>
        <translation>Er is geen vastgezette referentieperiode &quot;%1&quot; voor %2 van %3.</translation>
    </message>
    <message>
        <source>Baselines are frozen by QC analysts and administrators; %1 is %2.</source>
        <translation>Referentieperioden worden vastgezet door QC-analisten en beheerders; %1 heeft de rol %2.</translation>
    </message>
    <message>
        <source>A baseline needs a name of 1 to 100 characters.</source>
        <translation>Een referentieperiode vereist een naam van 1 tot en met 100 tekens.</translation>
    </message>
    <message>
        <source>Cannot freeze the baseline</source>
        <translation>Kan de referentieperiode niet vastzetten</translation>
    </message>
    <message>
        <source>A baseline &quot;%1&quot; of %2 for %3 exists already; choose another name.</source>
        <translation>Er bestaat al een referentieperiode &quot;%1&quot; van %2 voor %3; kies een andere naam.</translation>
    </message>
</context>
<context>
    <name>rd::qc::ControlStats</name>
    <message numerus="yes">
        <source>%n point(s): control limits need at least two.</source>
        <translation>
            <numerusform>%n punt: regelgrenzen vereisen er minstens twee.</numerusform>
            <numerusform>%n punten: regelgrenzen vereisen er minstens twee.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 values are %2: with no variation there are no control limits.</source>
        <translation>Alle %1 waarden zijn %2: zonder variatie zijn er geen regelgrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n baseline point(s): a standard deviation needs at least two.</source>
        <translation>
            <numerusform>%n punt in de referentieperiode: een standaarddeviatie vereist er minstens twee.</numerusform>
            <numerusform>%n punten in de referentieperiode: een standaarddeviatie vereist er minstens twee.</numerusform>
        </translation>
    </message>
    <message>
        <source>All %1 baseline values are %2: the standard deviation is zero.</source>
        <translation>Alle %1 waarden in de referentieperiode zijn %2: de standaarddeviatie is nul.</translation>
    </message>
    <message>
        <source>The test has no numeric specification limits.</source>
        <translation>De test heeft geen numerieke specificatiegrenzen.</translation>
    </message>
    <message>
        <source>Not enough data: %1 point(s), capability needs at least %2.</source>
        <translation>Onvoldoende gegevens: %1 punt(en), voor procescapabiliteit zijn er minstens %2 nodig.</translation>
    </message>
    <message>
        <source>No variation in %1 points: capability indices are not defined.</source>
        <translation>Geen variatie in %1 punten: capabiliteitsindices zijn niet gedefinieerd.</translation>
    </message>
</context>
<context>
    <name>rd::qc::OotRules</name>
    <message>
        <source>Cannot read the out-of-trend rules</source>
        <translation>Kan de OOT-regels niet lezen</translation>
    </message>
    <message>
        <source>choose out-of-trend rules</source>
        <translation>OOT-regels kiezen</translation>
    </message>
    <message>
        <source>No specification of %1 has a numeric test %2.</source>
        <translation>Geen enkele specificatie van %1 heeft een numerieke test %2.</translation>
    </message>
    <message>
        <source>Cannot change the out-of-trend rules</source>
        <translation>Kan de OOT-regels niet wijzigen</translation>
    </message>
</context>
<context>
    <name>rd::qc::Rules</name>
    <message>
        <source>One point beyond 2 SD (warning).</source>
        <translation>Eén punt buiten 2 SD (waarschuwing).</translation>
    </message>
    <message>
        <source>One point beyond 3 SD.</source>
        <translation>Eén punt buiten 3 SD.</translation>
    </message>
    <message>
        <source>Two points in a row beyond 2 SD on the same side.</source>
        <translation>Twee opeenvolgende punten buiten 2 SD aan dezelfde kant.</translation>
    </message>
    <message>
        <source>Two points in a row, one beyond +2 SD and the other beyond −2 SD.</source>
        <translation>Twee opeenvolgende punten, één buiten +2 SD en het andere buiten −2 SD.</translation>
    </message>
    <message>
        <source>Four points in a row beyond 1 SD on the same side.</source>
        <translation>Vier opeenvolgende punten buiten 1 SD aan dezelfde kant.</translation>
    </message>
    <message>
        <source>Ten points in a row on the same side of the mean.</source>
        <translation>Tien opeenvolgende punten aan dezelfde kant van het gemiddelde.</translation>
    </message>
    <message>
        <source>One point more than 3 SD from the mean.</source>
        <translation>Eén punt meer dan 3 SD van het gemiddelde.</translation>
    </message>
    <message>
        <source>Nine points in a row on the same side of the mean.</source>
        <translation>Negen opeenvolgende punten aan dezelfde kant van het gemiddelde.</translation>
    </message>
    <message>
        <source>Six points in a row steadily increasing or decreasing.</source>
        <translation>Zes opeenvolgende punten gestaag stijgend of dalend.</translation>
    </message>
    <message>
        <source>Fourteen points in a row alternating up and down.</source>
        <translation>Veertien opeenvolgende punten afwisselend omhoog en omlaag.</translation>
    </message>
    <message>
        <source>Two of three points in a row more than 2 SD from the mean, same side.</source>
        <translation>Twee van drie opeenvolgende punten meer dan 2 SD van het gemiddelde, aan dezelfde kant.</translation>
    </message>
    <message>
        <source>Four of five points in a row more than 1 SD from the mean, same side.</source>
        <translation>Vier van vijf opeenvolgende punten meer dan 1 SD van het gemiddelde, aan dezelfde kant.</translation>
    </message>
    <message>
        <source>Fifteen points in a row within 1 SD of the mean.</source>
        <translation>Vijftien opeenvolgende punten binnen 1 SD van het gemiddelde.</translation>
    </message>
    <message>
        <source>Eight points in a row more than 1 SD from the mean, on both sides, none within.</source>
        <translation>Acht opeenvolgende punten meer dan 1 SD van het gemiddelde, aan beide kanten, geen enkel binnen 1 SD.</translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendAnalyzer</name>
    <message>
        <source>The baseline of %1 points is longer than the series (%2 points).</source>
        <translation>De referentieperiode van %1 punten is langer dan de reeks (%2 punten).</translation>
    </message>
    <message>
        <source>The frozen baseline has no usable standard deviation.</source>
        <translation>De vastgezette referentieperiode heeft geen bruikbare standaarddeviatie.</translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendData</name>
    <message>
        <source>A trend needs a product and a test.</source>
        <translation>Voor een trend zijn een product en een test nodig.</translation>
    </message>
    <message>
        <source>Cannot read the results for the trend</source>
        <translation>Kan de resultaten voor de trend niet lezen</translation>
    </message>
    <message>
        <source>There are no batches of %1%2 in this store.</source>
        <translation>Er zijn geen batches van %1%2 in deze gegevensopslag.</translation>
    </message>
    <message>
        <source> made in the chosen dates</source>
        <translation> geproduceerd in de gekozen periode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (e.g. batch %2)</source>
        <translation>&quot;%1&quot; (bijv. batch %2)</translation>
    </message>
    <message>
        <source>%1 of %2 is reported in more than one unit: %3; a trend needs one unit.</source>
        <translation>%1 van %2 wordt in meer dan één eenheid gerapporteerd: %3; een trend vereist één eenheid.</translation>
    </message>
    <message>
        <source>No specification of %1 has a numeric test %2.</source>
        <translation>Geen enkele specificatie van %1 heeft een numerieke test %2.</translation>
    </message>
    <message>
        <source>Cannot read the products</source>
        <translation>Kan de producten niet lezen</translation>
    </message>
    <message>
        <source>Cannot read the sites</source>
        <translation>Kan de locaties niet lezen</translation>
    </message>
</context>
<context>
    <name>rd::qc::TrendRequest</name>
    <message>
        <source>A trend needs a product and a test.</source>
        <translation>Voor een trend zijn een product en een test nodig.</translation>
    </message>
    <message>
        <source>The chart is imr or lj, not &quot;%1&quot;.</source>
        <translation>De kaart is imr of lj, niet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown rule in &quot;%1&quot;.</source>
        <translation>Onbekende regel in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A baseline is a number of points, at least 2.</source>
        <translation>Een referentieperiode is een aantal punten, minimaal 2.</translation>
    </message>
    <message>
        <source>A baseline by date needs both its first and its last date.</source>
        <translation>Een referentieperiode op datum vereist zowel de eerste als de laatste datum.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) made between %1 and %2: a baseline needs at least two.</source>
        <translation>
            <numerusform>%n batch geproduceerd tussen %1 en %2: een referentieperiode vereist er minstens twee.</numerusform>
            <numerusform>%n batches geproduceerd tussen %1 en %2: een referentieperiode vereist er minstens twee.</numerusform>
        </translation>
    </message>
    <message>
        <source>frozen baseline &quot;%1&quot;</source>
        <translation>vastgezette referentieperiode &quot;%1&quot;</translation>
    </message>
    <message>
        <source>batches made from %1 to %2</source>
        <translation>batches geproduceerd van %1 tot en met %2</translation>
    </message>
    <message numerus="yes">
        <source>%n selected point(s)</source>
        <translation>
            <numerusform>%n geselecteerd punt</numerusform>
            <numerusform>%n geselecteerde punten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n point(s)</source>
        <translation>
            <numerusform>het eerste punt (%n)</numerusform>
            <numerusform>de eerste %n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>all points</source>
        <translation>alle punten</translation>
    </message>
</context>
<context>
    <name>rd::reports::Document</name>
    <message>
        <source>Printed by %1 on %2</source>
        <translation>Afgedrukt door %1 op %2</translation>
    </message>
    <message>
        <source>%1 · store root %2</source>
        <translation>%1 · rootsleutel gegevensopslag %2</translation>
    </message>
</context>
<context>
    <name>rd::reports::DocumentRegistry</name>
    <message>
        <source>%1 (%2%3, version %4, issued %5 UTC by %6)</source>
        <translation>%1 (%2%3, versie %4, uitgegeven %5 UTC door %6)</translation>
    </message>
    <message>
        <source>Cannot read the document register</source>
        <translation>Kan het documentregister niet lezen</translation>
    </message>
    <message>
        <source>FINAL CERTIFICATE. This replaces the provisional certificate %1 (version %2, issued %3 UTC): every result is now final.</source>
        <translation>DEFINITIEF CERTIFICAAT. Dit vervangt het voorlopige certificaat %1 (versie %2, uitgegeven %3 UTC): alle resultaten zijn nu definitief.</translation>
    </message>
    <message>
        <source>This version %1 supersedes document %2 (version %3, issued %4 UTC), which no longer matches the record.</source>
        <translation>Deze versie %1 vervangt document %2 (versie %3, uitgegeven %4 UTC), dat niet meer overeenkomt met het record.</translation>
    </message>
    <message>
        <source>The document has no document id: prepare it first.</source>
        <translation>Het document heeft geen document-id: bereid het eerst voor.</translation>
    </message>
    <message>
        <source>Cannot record the document</source>
        <translation>Kan het document niet vastleggen</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2, %3 (%4, %n page(s))%5</source>
        <translation>
            <numerusform>%1 versie %2, %3 (%4, %n pagina)%5</numerusform>
            <numerusform>%1 versie %2, %3 (%4, %n pagina&apos;s)%5</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>afgedrukt</translation>
    </message>
    <message>
        <source>, draft</source>
        <translation>, concept</translation>
    </message>
    <message>
        <source>%1 is not a PDF file.</source>
        <translation>%1 is geen PDF-bestand.</translation>
    </message>
    <message>
        <source>%1 carries no ReleaseDesk document id: it was not issued by ReleaseDesk, or its metadata was rewritten.</source>
        <translation>%1 bevat geen ReleaseDesk-document-id: het is niet door ReleaseDesk uitgegeven of de metadata zijn herschreven.</translation>
    </message>
    <message>
        <source>VALID: %1 is %2, and it matches the record and its signatures as they are now.</source>
        <translation>GELDIG: %1 is %2 en komt overeen met het record en de handtekeningen zoals die nu zijn.</translation>
    </message>
    <message>
        <source>NOT VALID: %1 claims to be %2.</source>
        <translation>NIET GELDIG: %1 geeft aan %2 te zijn.</translation>
    </message>
    <message>
        <source>The file was altered: it is not byte for byte the PDF that was issued.</source>
        <translation>Het bestand is gewijzigd: het is niet byte voor byte de PDF die is uitgegeven.</translation>
    </message>
    <message>
        <source>The document cannot be built again: %1</source>
        <translation>Het document kan niet opnieuw worden opgebouwd: %1</translation>
    </message>
    <message>
        <source>The record changed after the document was issued: printed today it would read differently, so it is no longer current.</source>
        <translation>Het record is gewijzigd nadat het document is uitgegeven: als het vandaag werd afgedrukt, zou het anders luiden; het is dus niet meer actueel.</translation>
    </message>
    <message>
        <source>The audit trail or a signature does not verify: %1</source>
        <translation>De audittrail of een handtekening kan niet worden geverifieerd: %1</translation>
    </message>
    <message>
        <source>NOT VALID: %1 (document %2) was issued by the store whose root is %3; this store&apos;s root is %4.</source>
        <translation>NIET GELDIG: %1 (document %2) is uitgegeven door de gegevensopslag met rootsleutel %3; de rootsleutel van deze gegevensopslag is %4.</translation>
    </message>
    <message>
        <source>NOT VALID: document %1 is not in the register of this store: it was issued from another store, or not at all, or the store was put back to a time before it was issued.</source>
        <translation>NIET GELDIG: document %1 staat niet in het register van deze gegevensopslag: het is vanuit een andere gegevensopslag uitgegeven, of helemaal niet, of de gegevensopslag is teruggezet naar een tijdstip van vóór de uitgifte.</translation>
    </message>
    <message>
        <source>It was issued under store root %1, but this store&apos;s root is %2: it comes from another store, or this store&apos;s root was replaced.</source>
        <translation>Het is uitgegeven onder rootsleutel %1, maar de rootsleutel van deze gegevensopslag is %2: het komt uit een andere gegevensopslag, of de rootsleutel van deze gegevensopslag is vervangen.</translation>
    </message>
    <message>
        <source>The document hash it carries (%1) is not the one registered for it (%2): what it shows is not what was issued.</source>
        <translation>De documenthash die het bevat (%1) is niet de hash die ervoor is geregistreerd (%2): wat het toont, is niet wat is uitgegeven.</translation>
    </message>
</context>
<context>
    <name>rd::reports::Documents</name>
    <message>
        <source>Certificate of Analysis</source>
        <translation>Analysecertificaat</translation>
    </message>
    <message>
        <source>Batch Release Certificate</source>
        <translation>Vrijgiftecertificaat</translation>
    </message>
    <message>
        <source>Batch Review Report</source>
        <translation>Beoordelingsrapport</translation>
    </message>
    <message>
        <source>Audit-Trail Report</source>
        <translation>Audittrailrapport</translation>
    </message>
    <message>
        <source>Trend Report</source>
        <translation>Trendrapport</translation>
    </message>
</context>
<context>
    <name>rd::reports::Renderer</name>
    <message>
        <source>DRAFT — NOT FOR RELEASE</source>
        <translation>CONCEPT — NIET VOOR VRIJGIFTE</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Document %1 · version %2 · document hash %3</source>
        <translation>Document %1 · versie %2 · documenthash %3</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or file refused.</source>
        <translation>Kan het afdrukken niet starten: de printer of het bestand weigerde.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>Kan pagina %1 niet starten.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Het afdrukken is geannuleerd.</translation>
    </message>
    <message>
        <source>Cannot finish printing the document.</source>
        <translation>Kan het afdrukken van het document niet voltooien.</translation>
    </message>
    <message>
        <source>Cannot write the PDF: its creation time kept changing.</source>
        <translation>Kan de PDF niet schrijven: het aanmaaktijdstip bleef veranderen.</translation>
    </message>
    <message>
        <source>Point (batches in order of manufacture)</source>
        <translation>Punt (batches in volgorde van productie)</translation>
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
        <translation>Taal: %1</translation>
    </message>
</context>
<context>
    <name>rd::reports::ReportBuilder</name>
    <message>
        <source>Chain of identity</source>
        <translation>Chain of identity</translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation>Batchrecord</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Stap %1</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Stap %1 (%2)</translation>
    </message>
    <message>
        <source>Result: sample %1, test %2</source>
        <translation>Resultaat: monster %1, test %2</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Resultaat %1</translation>
    </message>
    <message>
        <source>Test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <source>Deviation %1</source>
        <translation>Afwijking %1</translation>
    </message>
    <message>
        <source>Environmental sample %1 (%2, grade %3)</source>
        <translation>Omgevingsmonster %1 (%2, klasse %3)</translation>
    </message>
    <message>
        <source>Environmental sample %1</source>
        <translation>Omgevingsmonster %1</translation>
    </message>
    <message>
        <source>Custody: %1</source>
        <translation>Chain of custody: %1</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chain of custody</translation>
    </message>
    <message>
        <source>Material %1, lot %2</source>
        <translation>Materiaal %1, lot %2</translation>
    </message>
    <message>
        <source>Material %1</source>
        <translation>Materiaal %1</translation>
    </message>
    <message>
        <source>Equipment %1</source>
        <translation>Apparatuur %1</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>Handtekening %1</translation>
    </message>
    <message>
        <source>Pending at release: %1</source>
        <translation>Openstaand bij vrijgifte: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Opmerking: %1</translation>
    </message>
    <message>
        <source>Unchanged since signing</source>
        <translation>Ongewijzigd sinds ondertekening</translation>
    </message>
    <message>
        <source>CHANGED after signing: this signature no longer covers the current data</source>
        <translation>GEWIJZIGD na ondertekening: deze handtekening dekt de huidige gegevens niet meer</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Data since signing</source>
        <translation>Gegevens sinds ondertekening</translation>
    </message>
    <message>
        <source>DIN %1 · patient reference %2 · collection %3 (%4, %5)</source>
        <translation>DIN %1 · patiëntreferentie %2 · afname %3 (%4, %5)</translation>
    </message>
    <message>
        <source>%1 · Batch %2 · COI %3</source>
        <translation>%1 · Batch %2 · COI %3</translation>
    </message>
    <message>
        <source>PROVISIONAL CERTIFICATE. The batch was released before all results were in: %1 pending. A final certificate follows when the results are final.</source>
        <translation>VOORLOPIG CERTIFICAAT. De batch is vrijgegeven voordat alle resultaten bekend waren: %1 openstaand. Een definitief certificaat volgt zodra de resultaten definitief zijn.</translation>
    </message>
    <message>
        <source>This batch does not conform to its specification: %1.</source>
        <translation>Deze batch voldoet niet aan de specificatie: %1.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Sterkte</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Manufacturing site</source>
        <translation>Productielocatie</translation>
    </message>
    <message>
        <source>Manufactured</source>
        <translation>Geproduceerd</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specificatie</translation>
    </message>
    <message>
        <source>%1 version %2, effective %3</source>
        <translation>%1 versie %2, geldig vanaf %3</translation>
    </message>
    <message>
        <source>none in force when the batch was made</source>
        <translation>geen van kracht toen de batch werd geproduceerd</translation>
    </message>
    <message>
        <source>Final product sample</source>
        <translation>Eindproductmonster</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>Voldoet</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>Voldoet niet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Openstaand</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>openstaand</translation>
    </message>
    <message>
        <source>not yet tested</source>
        <translation>nog niet getest</translation>
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
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getest</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Results of the final product sample %1, judged against the specification above. A pending result is shown as pending; it is not a conclusion.</source>
        <translation>Resultaten van eindproductmonster %1, beoordeeld aan de hand van bovenstaande specificatie. Een openstaand resultaat wordt als openstaand weergegeven; het is geen conclusie.</translation>
    </message>
    <message>
        <source>QC approval</source>
        <translation>QC-goedkeuring</translation>
    </message>
    <message>
        <source>The QC results of this batch are not approved yet.</source>
        <translation>De QC-resultaten van deze batch zijn nog niet goedgekeurd.</translation>
    </message>
    <message>
        <source>%1 of batch %2 of %3 (state: %4)</source>
        <translation>%1 van batch %2 van %3 (status: %4)</translation>
    </message>
    <message>
        <source>EXCEPTIONAL RELEASE OF A BATCH OUT OF SPECIFICATION. %1 does not conform: %2. Released at the treating physician&apos;s request (%3) after a risk evaluation (%4).</source>
        <translation>UITZONDERLIJKE VRIJGIFTE VAN EEN BATCH BUITEN SPECIFICATIE. %1 voldoet niet: %2. Vrijgegeven op verzoek van de behandelend arts (%3) na een risicobeoordeling (%4).</translation>
    </message>
    <message>
        <source>CONDITIONAL RELEASE. Released before every result was final; the release is confirmed when they are.</source>
        <translation>VOORWAARDELIJKE VRIJGIFTE. Vrijgegeven voordat alle resultaten definitief waren; de vrijgifte wordt bevestigd zodra ze dat zijn.</translation>
    </message>
    <message>
        <source>conditions: results of %1 to follow</source>
        <translation>voorwaarden: resultaten van %1 volgen nog</translation>
    </message>
    <message>
        <source>not registered (an administrator registers sites with &quot;releasedesk sites&quot;)</source>
        <translation>niet geregistreerd (een beheerder registreert locaties met &quot;releasedesk sites&quot;)</translation>
    </message>
    <message>
        <source>not stated in the specification</source>
        <translation>niet vermeld in de specificatie</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Aanbiedingsvorm</translation>
    </message>
    <message>
        <source>Manufacturing authorisation</source>
        <translation>Fabrikantenvergunning</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adres van de locatie</translation>
    </message>
    <message>
        <source>Date of manufacture</source>
        <translation>Productiedatum</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>Master batch record</source>
        <translation>Master batchrecord</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificering</translation>
    </message>
    <message>
        <source>I certify that the batch processing records and the quality control records of batch %1 have been reviewed, that the batch was manufactured and checked in compliance with Good Manufacturing Practice and its marketing or clinical-trial authorisation, and that it conforms to specification %2%3. Every exception found in review was assessed and dispositioned, as the batch review report records.</source>
        <translation>Ik verklaar dat de productiedocumentatie en de kwaliteitscontroledocumentatie van batch %1 zijn beoordeeld, dat de batch is geproduceerd en gecontroleerd in overeenstemming met Good Manufacturing Practice en de handelsvergunning of de vergunning voor de klinische proef, en dat de batch voldoet aan specificatie %2%3. Elke bij de beoordeling gevonden uitzondering is geëvalueerd en afgehandeld, zoals vastgelegd in het beoordelingsrapport.</translation>
    </message>
    <message>
        <source>, except as stated on this page</source>
        <translation>, behalve zoals vermeld op deze pagina</translation>
    </message>
    <message>
        <source>Release signature</source>
        <translation>Vrijgiftehandtekening</translation>
    </message>
    <message>
        <source>Not signed: the batch has not been released.</source>
        <translation>Niet ondertekend: de batch is niet vrijgegeven.</translation>
    </message>
    <message>
        <source>Appendix: Certificate of Analysis</source>
        <translation>Bijlage: analysecertificaat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Recordversie</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Processtappen</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Uitzonderingen</translation>
    </message>
    <message>
        <source>%1 in all: %2 critical, %3 major, %4 minor, %5 for information; %6 without a current disposition</source>
        <translation>%1 in totaal: %2 kritiek, %3 major, %4 minor, %5 ter informatie; %6 zonder actuele afhandeling</translation>
    </message>
    <message>
        <source>Exceptions and their dispositions</source>
        <translation>Uitzonderingen en hun afhandeling</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Deviation: %1</source>
        <translation>Afwijking: %1</translation>
    </message>
    <message>
        <source>STALE: made for other data (%1)</source>
        <translation>VEROUDERD: vastgelegd voor andere gegevens (%1)</translation>
    </message>
    <message>
        <source>Blocks every release.</source>
        <translation>Verhindert elke vrijgifte.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>By and when</source>
        <translation>Door en wanneer</translation>
    </message>
    <message>
        <source>The review found no exceptions.</source>
        <translation>De beoordeling heeft geen uitzonderingen gevonden.</translation>
    </message>
    <message>
        <source>Earlier dispositions</source>
        <translation>Eerdere afhandelingen</translation>
    </message>
    <message>
        <source>Exception as it read</source>
        <translation>Uitzondering zoals die luidde</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>No signatures yet.</source>
        <translation>Nog geen handtekeningen.</translation>
    </message>
    <message>
        <source>Cannot read the audit trail</source>
        <translation>Kan de audittrail niet lezen</translation>
    </message>
    <message>
        <source>%1 audit events match; a report lists at most %2. Narrow it by days, user or action.</source>
        <translation>%1 auditgebeurtenissen komen overeen; een rapport bevat er maximaal %2. Beperk de selectie op dagen, gebruiker of actie.</translation>
    </message>
    <message>
        <source>Whole store %1</source>
        <translation>Gehele gegevensopslag %1</translation>
    </message>
    <message>
        <source>Audit trail of the store, events up to %1</source>
        <translation>Audittrail van de gegevensopslag, gebeurtenissen tot en met %1</translation>
    </message>
    <message>
        <source>Audit trail of batch %1 of %2, events up to %3</source>
        <translation>Audittrail van batch %1 van %2, gebeurtenissen tot en met %3</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>the whole store</source>
        <translation>de gehele gegevensopslag</translation>
    </message>
    <message>
        <source>events about batch %1</source>
        <translation>gebeurtenissen over batch %1</translation>
    </message>
    <message>
        <source>Days (UTC)</source>
        <translation>Dagen (UTC)</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>de eerste dag</translation>
    </message>
    <message>
        <source>the last</source>
        <translation>de laatste dag</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>%1, in the order recorded, up to event %2</source>
        <translation>%1, in volgorde van vastlegging, tot en met gebeurtenis %2</translation>
    </message>
    <message>
        <source>Audit-chain verification</source>
        <translation>Verificatie van de auditketen</translation>
    </message>
    <message>
        <source>The chain could not be checked: %1</source>
        <translation>De keten kon niet worden gecontroleerd: %1</translation>
    </message>
    <message>
        <source>Verified when printed: the hash chain of all %1 events and %2 signed checkpoints is intact, and all %3 electronic signatures verify.</source>
        <translation>Geverifieerd bij het afdrukken: de hashketen van alle %1 gebeurtenissen en %2 ondertekende controlepunten is intact en alle %3 elektronische handtekeningen zijn geldig.</translation>
    </message>
    <message>
        <source>THE AUDIT TRAIL FAILED VERIFICATION when printed: %1</source>
        <translation>DE AUDITTRAIL IS BIJ HET AFDRUKKEN NIET DOOR DE VERIFICATIE GEKOMEN: %1</translation>
    </message>
    <message>
        <source>Seq.</source>
        <translation>Volgnr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tijd (UTC)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>No event matches.</source>
        <translation>Geen enkele gebeurtenis komt overeen.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Control chart of %1 %2, %n point(s)</source>
        <translation>
            <numerusform>Regelkaart van %1 %2, %n punt</numerusform>
            <numerusform>Regelkaart van %1 %2, %n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>version %1: lower %2, upper %3</source>
        <translation>versie %1: ondergrens %2, bovengrens %3</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Geproduceerd</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Individuals and moving range (I-MR)</source>
        <translation>Individuele waarden en moving range (I-MR)</translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation>Levey-Jennings</translation>
    </message>
    <message>
        <source>Limits from</source>
        <translation>Grenzen uit</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>No control limits: %1</source>
        <translation>Geen regelgrenzen: %1</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Individuele waarden</translation>
    </message>
    <message>
        <source>Moving range</source>
        <translation>Moving range</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Centre line</source>
        <translation>Centerlijn</translation>
    </message>
    <message>
        <source>Upper control limit</source>
        <translation>Bovenste regelgrens</translation>
    </message>
    <message>
        <source>Lower control limit</source>
        <translation>Onderste regelgrens</translation>
    </message>
    <message>
        <source>Sigma</source>
        <translation>Sigma</translation>
    </message>
    <message>
        <source>Average moving range</source>
        <translation>Gemiddelde moving range</translation>
    </message>
    <message>
        <source>Moving range upper limit</source>
        <translation>Bovengrens moving range</translation>
    </message>
    <message>
        <source>Lower specification limit</source>
        <translation>Onderste specificatiegrens</translation>
    </message>
    <message>
        <source>Upper specification limit</source>
        <translation>Bovenste specificatiegrens</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grens</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Rule violations</source>
        <translation>Regelschendingen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Points (batches)</source>
        <translation>Punten (batches)</translation>
    </message>
    <message>
        <source>No rule is violated.</source>
        <translation>Er wordt geen enkele regel geschonden.</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Procescapabiliteit</translation>
    </message>
    <message>
        <source>Not computed: %1</source>
        <translation>Niet berekend: %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kengetal</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Sigma within (MR̄/1.128)</source>
        <translation>Sigma binnen (MR̄/1.128)</translation>
    </message>
    <message>
        <source>Sigma overall</source>
        <translation>Sigma totaal</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>No document of batch %1 can be printed: %2</source>
        <translation>Er kan geen document van batch %1 worden afgedrukt: %2</translation>
    </message>
    <message>
        <source>DRAFT: %1. The batch must be reviewed and decided again before a final document can be printed.</source>
        <translation>CONCEPT: %1. De batch moet opnieuw worden beoordeeld en er moet opnieuw een besluit worden genomen voordat een definitief document kan worden afgedrukt.</translation>
    </message>
    <message>
        <source>%1 version %2 (not approved)</source>
        <translation>%1 versie %2 (niet goedgekeurd)</translation>
    </message>
    <message>
        <source>%1, approved by %2</source>
        <translation>%1, goedgekeurd door %2</translation>
    </message>
</context>
<context>
    <name>rd::reports::ReportRequest</name>
    <message>
        <source>A %1 is of one batch: name it.</source>
        <translation>%1: dit document betreft één batch; geef het batchnummer op.</translation>
    </message>
    <message>
        <source>The first day %1 is after the last day %2.</source>
        <translation>De eerste dag %1 ligt na de laatste dag %2.</translation>
    </message>
    <message>
        <source>Unknown document kind &quot;%1&quot;.</source>
        <translation>Onbekende documentsoort &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Documents are printed in %1; &quot;%2&quot; is none of them.</source>
        <translation>Documenten worden afgedrukt in %1; &quot;%2&quot; hoort daar niet bij.</translation>
    </message>
</context>
<context>
    <name>rd::ui</name>
    <message>
        <source>ReleaseDesk: batch review and release. Run &quot;releasedesk --help&quot; for the command-line verbs.</source>
        <translation>ReleaseDesk: beoordeling en vrijgifte van batches. Voer &quot;releasedesk --help&quot; uit voor de opdrachten op de opdrachtregel.</translation>
    </message>
    <message>
        <source>The store to open.</source>
        <translation>De gegevensopslag die moet worden geopend.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>map</translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation>De gebruikersnaam waarmee u zich aanmeldt.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>ReleaseDesk cannot start</source>
        <translation>ReleaseDesk kan niet starten</translation>
    </message>
    <message>
        <source>Not enough memory to finish the task.</source>
        <translation>Onvoldoende geheugen om de taak te voltooien.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AccountsPage</name>
    <message>
        <source>&lt;h2&gt;Accounts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Accounts&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Accounts are disabled, never deleted, and user names are never reused, so that every record keeps naming the person who made it.</source>
        <translation>Accounts worden gedeactiveerd, nooit verwijderd, en gebruikersnamen worden nooit hergebruikt, zodat elk record de persoon blijft noemen die het heeft gemaakt.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Laatste aanmelding</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deactiveren…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Wachtwoord opnieuw instellen…</translation>
    </message>
    <message>
        <source>Disabled %1 by %2: %3</source>
        <translation>Gedeactiveerd op %1 door %2: %3</translation>
    </message>
    <message>
        <source>Active, must change password</source>
        <translation>Actief, moet wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>Added %1; the initial password must be changed at the first login.</source>
        <translation>%1 toegevoegd; het initiële wachtwoord moet bij de eerste aanmelding worden gewijzigd.</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>%1 deactiveren</translation>
    </message>
    <message>
        <source>Why is %1 being disabled? (recorded in the audit trail)</source>
        <translation>Waarom wordt %1 gedeactiveerd? (wordt vastgelegd in de audittrail)</translation>
    </message>
    <message>
        <source>Disable %1? The account stays in the records but can no longer sign in. This cannot be undone; a new account would need a new user name.</source>
        <translation>%1 deactiveren? Het account blijft in de gegevens bewaard, maar kan zich niet meer aanmelden. Dit kan niet ongedaan worden gemaakt; een nieuw account heeft een nieuwe gebruikersnaam nodig.</translation>
    </message>
    <message>
        <source>Disabled %1.</source>
        <translation>%1 gedeactiveerd.</translation>
    </message>
    <message>
        <source>Only an administrator can change them.</source>
        <translation>Alleen een beheerder kan deze wijzigen.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Disabled %1. %2</source>
        <translation>%1 gedeactiveerd. %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Confirm &amp;hand-over…</source>
        <translation>&amp;Overdracht bevestigen…</translation>
    </message>
    <message>
        <source>After another administrator reset this account&apos;s password: confirm that its person received it, so that its key may sign.</source>
        <translation>Nadat een andere beheerder het wachtwoord van dit account opnieuw heeft ingesteld: bevestig dat de persoon van het account het heeft ontvangen, zodat de sleutel ervan mag ondertekenen.</translation>
    </message>
    <message>
        <source>; hand-over to confirm before it signs</source>
        <translation>; overdracht nog te bevestigen voordat het account kan ondertekenen</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>Confirm hand-over to %1</source>
        <translation>Overdracht aan %1 bevestigen</translation>
    </message>
    <message>
        <source>Has the person of %1 received the account in person, and changed its temporary password themselves? Confirm only then: from now on its key signs for them.</source>
        <translation>Heeft de persoon van %1 het account persoonlijk ontvangen en het tijdelijke wachtwoord zelf gewijzigd? Bevestig alleen in dat geval: vanaf nu ondertekent de sleutel van het account namens deze persoon.</translation>
    </message>
    <message>
        <source>Confirmed the hand-over to %1; its key may sign.</source>
        <translation>Overdracht aan %1 bevestigd; de sleutel van het account mag nu ondertekenen.</translation>
    </message>
    <message>
        <source>Reset the password of %1; it must be changed at the next login, and its key signs once another administrator confirms the hand-over.</source>
        <translation>Wachtwoord van %1 opnieuw ingesteld; het moet bij de volgende aanmelding worden gewijzigd, en de sleutel van het account ondertekent pas nadat een andere beheerder de overdracht heeft bevestigd.</translation>
    </message>
    <message>
        <source>State &amp;person…</source>
        <translation>&amp;Persoon opgeven…</translation>
    </message>
    <message>
        <source>For an account made before person identifiers: state the person it belongs to (an employee number), once.</source>
        <translation>Voor een account dat is aangemaakt toen er nog geen persoonsnummers waren: geef eenmalig de persoon op bij wie het hoort (een personeelsnummer).</translation>
    </message>
    <message>
        <source>State the person of %1</source>
        <translation>Persoon van %1 opgeven</translation>
    </message>
    <message>
        <source>The employee number or other identifier unique to the person of %1. It is stated once and recorded in the audit trail.</source>
        <translation>Het personeelsnummer of een andere identificatie die uniek is voor de persoon van %1. Dit wordt eenmalig opgegeven en vastgelegd in de audittrail.</translation>
    </message>
    <message>
        <source>%1

Is %2 that person? Yes links the two accounts: they are one person to every separation-of-duties rule.</source>
        <translation>%1

Is %2 die persoon? Met &quot;Ja&quot; worden de twee accounts gekoppeld: voor elke regel voor functiescheiding gelden ze als één persoon.</translation>
    </message>
    <message>
        <source>%1 belongs to the person %2.</source>
        <translation>%1 hoort bij de persoon %2.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>e.g. j.devries</source>
        <translation>bijv. j.devries</translation>
    </message>
    <message>
        <source>as printed with signatures</source>
        <translation>zoals afgedrukt bij handtekeningen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Volledige naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Initial password:</source>
        <translation>&amp;Initieel wachtwoord:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>H&amp;erhalen:</translation>
    </message>
    <message>
        <source>The user must change it at the first login.</source>
        <translation>De gebruiker moet het bij de eerste aanmelding wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Account &amp;toevoegen</translation>
    </message>
    <message>
        <source>The initial password and its repetition differ.</source>
        <translation>Het initiële wachtwoord en de herhaling verschillen.</translation>
    </message>
    <message>
        <source>employee number, unique to the person</source>
        <translation>personeelsnummer, uniek voor de persoon</translation>
    </message>
    <message>
        <source>This person already has an account: &amp;link it to them</source>
        <translation>Deze persoon heeft al een account: aan deze persoon &amp;koppelen</translation>
    </message>
    <message>
        <source>&amp;Person identifier:</source>
        <translation>&amp;Persoonsnummer:</translation>
    </message>
</context>
<context>
    <name>rd::ui::AssignDialog</name>
    <message>
        <source>Assign results to a QC sample</source>
        <translation>Resultaten toewijzen aan een QC-monster</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) (%1) measured on &quot;%2&quot;.</source>
        <translation>
            <numerusform>%n resultaat (%1) gemeten op &quot;%2&quot;.</numerusform>
            <numerusform>%n resultaten (%1) gemeten op &quot;%2&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>QC sample</source>
        <translation>QC-monster</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Why these results belong to that sample</source>
        <translation>Waarom deze resultaten bij dat monster horen</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Monster:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Toewijzen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Choose the product the sample is of…</source>
        <translation>Kies het product waarvan het monster is…</translation>
    </message>
    <message>
        <source>Sample id, or choose the product first</source>
        <translation>Monster-id, of kies eerst het product</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>Wijzigingsbeheer</translation>
    </message>
    <message>
        <source>Only for a decided batch, e.g. CC-2026-014: repeat count after a counter fault</source>
        <translation>Alleen voor een batch waarover een besluit is genomen, bijv. CC-2026-014: telling herhaald na een storing van de celteller</translation>
    </message>
    <message>
        <source>A released or rejected batch changes only under change control: it goes on hold and its review and decision are signed again.</source>
        <translation>Een vrijgegeven of afgekeurde batch kan alleen onder wijzigingsbeheer worden gewijzigd: de batch wordt geblokkeerd en de beoordeling en het besluit worden opnieuw ondertekend.</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Change control:</source>
        <translation>&amp;Wijzigingsbeheer:</translation>
    </message>
    <message>
        <source>%1 — batch %2, COI %3, patient %4, drawn %5</source>
        <translation>%1 — batch %2, COI %3, patiënt %4, genomen %5</translation>
    </message>
    <message>
        <source>No sample of %1 was drawn in the three days before these results were measured.</source>
        <translation>Er is in de drie dagen voordat deze resultaten werden gemeten geen monster van %1 genomen.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AuditPage</name>
    <message>
        <source>&lt;h2&gt;Audit trail&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Audittrail&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Filter by user, action, record, value or reason</source>
        <translation>Filteren op gebruiker, actie, record, waarde of reden</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Zoeken in de audittrail</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Auditgebeurtenissen</translation>
    </message>
    <message>
        <source>Events shown</source>
        <translation>Getoonde gebeurtenissen</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Rapport &amp;afdrukken…</translation>
    </message>
    <message>
        <source>An audit-trail report of the store or of one batch, by days, user and action, with the chain verification: preview, print or PDF/A (Ctrl+P)</source>
        <translation>Een audittrailrapport van de gegevensopslag of van één batch, op dagen, gebruiker en actie, met de ketenverificatie: voorbeeld, afdrukken of PDF/A (Ctrl+P)</translation>
    </message>
    <message>
        <source>Audit-trail report</source>
        <translation>Audittrailrapport</translation>
    </message>
    <message>
        <source>empty: the whole store</source>
        <translation>leeg: de gehele gegevensopslag</translation>
    </message>
    <message>
        <source>Only &amp;these days (UTC):</source>
        <translation>Alleen &amp;deze dagen (UTC):</translation>
    </message>
    <message>
        <source>empty: every user</source>
        <translation>leeg: alle gebruikers</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle acties</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Batch:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ctie:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
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
        <translation>Tijd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>rd::ui::BatchView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 u</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>openstaand</translation>
    </message>
    <message>
        <source>invalidated</source>
        <translation>ongeldig verklaard</translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation>Batchrecord</translation>
    </message>
    <message>
        <source>◀ &amp;Queue</source>
        <translation>◀ &amp;Wachtrij</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Terug naar de wachtrij</translation>
    </message>
    <message>
        <source>Back to the queue (Esc or Alt+Left)</source>
        <translation>Terug naar de wachtrij (Esc of Alt+Left)</translation>
    </message>
    <message>
        <source>Previous batch</source>
        <translation>Vorige batch</translation>
    </message>
    <message>
        <source>Alt+Page Up</source>
        <translation>Alt+Page Up</translation>
    </message>
    <message>
        <source>Next batch</source>
        <translation>Volgende batch</translation>
    </message>
    <message>
        <source>Alt+Page Down</source>
        <translation>Alt+Page Down</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Ondertekenen…</translation>
    </message>
    <message>
        <source>Sign a decision on this batch (Ctrl+Shift+S)</source>
        <translation>Een besluit over deze batch ondertekenen (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Parts of the batch record</source>
        <translation>Onderdelen van het batchrecord</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Uitzonderingen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Afhandeling</translation>
    </message>
    <message>
        <source>Disposition comment</source>
        <translation>Toelichting bij de afhandeling</translation>
    </message>
    <message>
        <source>Your assessment of this exception and why it is acceptable or what follows from it</source>
        <translation>Uw beoordeling van deze uitzondering en waarom deze aanvaardbaar is of wat eruit volgt</translation>
    </message>
    <message>
        <source>Deviation reference</source>
        <translation>Afwijkingsreferentie</translation>
    </message>
    <message>
        <source>&amp;Record disposition</source>
        <translation>Afhandeling vast&amp;leggen</translation>
    </message>
    <message>
        <source>Record disposition</source>
        <translation>Afhandeling vastleggen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>Go to where the exception points</source>
        <translation>Ga naar de plaats waarnaar de uitzondering verwijst</translation>
    </message>
    <message>
        <source>Show where this exception points (Ctrl+G)</source>
        <translation>Tonen waarnaar deze uitzondering verwijst (Ctrl+G)</translation>
    </message>
    <message>
        <source>Exception:</source>
        <translation>Uitzondering:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historie:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>&amp;Deviation:</source>
        <translation>A&amp;fwijking:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Chain of identity and custody</source>
        <translation>Chain of identity en chain of custody</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Sinds vorige</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Temperature °C</source>
        <translation>Temperatuur °C</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Process steps</source>
        <translation>Processtappen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Apparatuur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Controleur</translation>
    </message>
    <message>
        <source>Manual entry</source>
        <translation>Handmatige invoer</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Materials and equipment</source>
        <translation>Materialen en apparatuur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Code / id</source>
        <translation>Code / id</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expiry / calibration due</source>
        <translation>Vervaldatum / volgende kalibratie</translation>
    </message>
    <message>
        <source>QC results against specification</source>
        <translation>QC-resultaten ten opzichte van de specificatie</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Monster</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specificatie</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getest</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analist</translation>
    </message>
    <message>
        <source>Method / instrument</source>
        <translation>Methode / instrument</translation>
    </message>
    <message>
        <source>Deviations</source>
        <translation>Afwijkingen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
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
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Environmental monitoring</source>
        <translation>Omgevingsmonitoring</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Bemonsterd</translation>
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
        <translation>KVE</translation>
    </message>
    <message>
        <source>Limits (alert / action)</source>
        <translation>Grenzen (alert / actie)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Covers the record</source>
        <translation>Dekt het record</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Audit trail of this batch</source>
        <translation>Audittrail van deze batch</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Oude waarde</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nieuwe waarde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>E&amp;xceptions</source>
        <translation>&amp;Uitzonderingen</translation>
    </message>
    <message>
        <source>Identity and custody</source>
        <translation>COI en custody</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>QC results</source>
        <translation>QC-resultaten</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Back to the &amp;queue</source>
        <translation>Terug naar de &amp;wachtrij</translation>
    </message>
    <message>
        <source>&amp;Next batch</source>
        <translation>&amp;Volgende batch</translation>
    </message>
    <message>
        <source>&amp;Previous batch</source>
        <translation>Vo&amp;rige batch</translation>
    </message>
    <message>
        <source>Next &amp;exception to disposition</source>
        <translation>Volgende af te handelen &amp;uitzondering</translation>
    </message>
    <message>
        <source>&amp;Go to where the exception points</source>
        <translation>&amp;Ga naar de plaats waarnaar de uitzondering verwijst</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source> — ✖ NO LONGER COVERS the record</source>
        <translation> — ✖ DEKT het record NIET MEER</translation>
    </message>
    <message>
        <source>Decision: none yet</source>
        <translation>Besluit: nog geen</translation>
    </message>
    <message>
        <source>Decision: %1 by %2, %3</source>
        <translation>Besluit: %1 door %2, %3</translation>
    </message>
    <message>
        <source>⚠ EXCEPTIONAL RELEASE OF OUT-OF-SPECIFICATION PRODUCT at the treating physician&apos;s request (%1). This batch does not meet its specification.</source>
        <translation>⚠ UITZONDERLIJKE VRIJGIFTE VAN PRODUCT BUITEN SPECIFICATIE op verzoek van de behandelend arts (%1). Deze batch voldoet niet aan de specificatie.</translation>
    </message>
    <message>
        <source>✖ data changed since the disposition — needs a new one</source>
        <translation>✖ gegevens gewijzigd sinds de afhandeling — nieuwe afhandeling nodig</translation>
    </message>
    <message>
        <source>✖ needs a disposition</source>
        <translation>✖ afhandeling nodig</translation>
    </message>
    <message>
        <source> [blocks release]</source>
        <translation> [verhindert vrijgifte]</translation>
    </message>
    <message>
        <source>E&amp;xceptions (none)</source>
        <translation>&amp;Uitzonderingen (geen)</translation>
    </message>
    <message>
        <source>E&amp;xceptions (%1, %2 open)</source>
        <translation>&amp;Uitzonderingen (%1, %2 open)</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Master batch record</source>
        <translation>Master batchrecord</translation>
    </message>
    <message>
        <source>Record status</source>
        <translation>Recordstatus</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Aanbiedingsvorm</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Planned shipment</source>
        <translation>Geplande verzending</translation>
    </message>
    <message>
        <source>Treatment centre</source>
        <translation>Behandelcentrum</translation>
    </message>
    <message>
        <source>none in force</source>
        <translation>geen van kracht</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>Record version</source>
        <translation>Recordversie</translation>
    </message>
    <message>
        <source>Content hash (signed)</source>
        <translation>Inhoudshash (ondertekend)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Chain of identity</translation>
    </message>
    <message>
        <source>DIN %1 · patient %2 · collection %3 at %4, %5</source>
        <translation>DIN %1 · patiënt %2 · afname %3 in %4, %5</translation>
    </message>
    <message>
        <source>✖ see exceptions</source>
        <translation>✖ zie uitzonderingen</translation>
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
        <translation>✖ niet geverifieerd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <source>✖ expired when used</source>
        <translation>✖ vervallen bij gebruik</translation>
    </message>
    <message>
        <source>✖ past calibration when used</source>
        <translation>✖ kalibratie verlopen bij gebruik</translation>
    </message>
    <message>
        <source>✖ MISSING</source>
        <translation>✖ ONTBREEKT</translation>
    </message>
    <message>
        <source>(in-process, not judged)</source>
        <translation>(in-process, niet beoordeeld)</translation>
    </message>
    <message>
        <source>✔ conforms</source>
        <translation>✔ voldoet</translation>
    </message>
    <message>
        <source>✖ DOES NOT CONFORM</source>
        <translation>✖ VOLDOET NIET</translation>
    </message>
    <message>
        <source>⧗ pending</source>
        <translation>⧗ openstaand</translation>
    </message>
    <message>
        <source>✖ invalidated: %1</source>
        <translation>✖ ongeldig verklaard: %1</translation>
    </message>
    <message>
        <source>v%1 (supersedes v%2)</source>
        <translation>v%1 (vervangt v%2)</translation>
    </message>
    <message>
        <source>v1</source>
        <translation>v1</translation>
    </message>
    <message>
        <source>QC results (specification v%1)</source>
        <translation>QC-resultaten (specificatie v%1)</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OPEN</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>%1/%2 · %3/%4 · %5/%6</source>
        <translation>%1/%2 · %3/%4 · %5/%6</translation>
    </message>
    <message>
        <source>✖ excursion, see exceptions</source>
        <translation>✖ excursie, zie uitzonderingen</translation>
    </message>
    <message>
        <source>pending at signing: %1</source>
        <translation>openstaand bij ondertekening: %1</translation>
    </message>
    <message>
        <source>physician&apos;s request %1; risk evaluation: %2</source>
        <translation>verzoek van de arts %1; risicobeoordeling: %2</translation>
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
        <translation>✖ NEE — het record is na ondertekening gewijzigd</translation>
    </message>
    <message>
        <source>Nothing you can sign on this batch now; the menu says why.</source>
        <translation>U kunt op dit moment niets ondertekenen voor deze batch; het menu geeft aan waarom.</translation>
    </message>
    <message>
        <source>No exception selected.</source>
        <translation>Geen uitzondering geselecteerd.</translation>
    </message>
    <message>
        <source> (deviation %1)</source>
        <translation> (afwijking %1)</translation>
    </message>
    <message>
        <source>No disposition yet.</source>
        <translation>Nog geen afhandeling.</translation>
    </message>
    <message>
        <source>Batch facts</source>
        <translation>Batchgegevens</translation>
    </message>
    <message>
        <source>Signatures so far</source>
        <translation>Handtekeningen tot nu toe</translation>
    </message>
    <message>
        <source>Exceptional release</source>
        <translation>Uitzonderlijke vrijgifte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Selected exception</source>
        <translation>Geselecteerde uitzondering</translation>
    </message>
    <message>
        <source>Disposition history</source>
        <translation>Historie van de afhandeling</translation>
    </message>
    <message>
        <source>Who may record dispositions</source>
        <translation>Wie afhandelingen mag vastleggen</translation>
    </message>
    <message>
        <source>Disposition of the selected exception</source>
        <translation>Afhandeling van de geselecteerde uitzondering</translation>
    </message>
    <message>
        <source>Exceptions and disposition</source>
        <translation>Uitzonderingen en afhandeling</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <source>&amp;Certificate of Analysis…</source>
        <translation>&amp;Analysecertificaat…</translation>
    </message>
    <message>
        <source>&amp;Release certificate…</source>
        <translation>&amp;Vrijgiftecertificaat…</translation>
    </message>
    <message>
        <source>Re&amp;view report…</source>
        <translation>&amp;Beoordelingsrapport…</translation>
    </message>
    <message>
        <source>&amp;Audit trail of this batch…</source>
        <translation>Audi&amp;ttrail van deze batch…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Certificate of Analysis (Ctrl+P), release certificate, review report or audit trail: preview, print or export PDF/A</source>
        <translation>Analysecertificaat (Ctrl+P), vrijgiftecertificaat, beoordelingsrapport of audittrail: voorbeeld bekijken, afdrukken of exporteren als PDF/A</translation>
    </message>
    <message>
        <source>%1 · Site %2 · COI %3 · Patient %4 · State: %5 · Planned shipment %6 · Expiry %7</source>
        <translation>%1 · Locatie %2 · COI %3 · Patiënt %4 · Status: %5 · Geplande verzending %6 · Vervaldatum %7</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>A deviation of this batch (DEV-2026-0142), or one held elsewhere (external: QMS-2026-0042); needed where the exception blocks release</source>
        <translation>Een afwijking van deze batch (DEV-2026-0142), of een afwijking in een ander systeem (external: QMS-2026-0042); vereist als de uitzondering vrijgifte verhindert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Not acceptable: the batch can then only be rejected.</source>
        <translation>Niet aanvaardbaar: de batch kan dan alleen nog worden afgekeurd.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Uit&amp;komst:</translation>
    </message>
    <message>
        <source>%1, %2: %3 — %4%5</source>
        <translation>%1, %2: %3 — %4%5</translation>
    </message>
    <message>
        <source>Chain of identity in doubt</source>
        <translation>Chain of identity onzeker</translation>
    </message>
    <message>
        <source>Identifier read</source>
        <translation>Gelezen identificatie</translation>
    </message>
    <message>
        <source>⚠ CHAIN OF IDENTITY IN DOUBT — no release of any kind:
%1</source>
        <translation>⚠ CHAIN OF IDENTITY ONZEKER — geen enkele vrijgifte mogelijk:
%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source> = chain of identity</source>
        <translation> = chain of identity</translation>
    </message>
    <message>
        <source> ≠ chain of identity</source>
        <translation> ≠ chain of identity</translation>
    </message>
    <message>
        <source>&amp;Judge against another specification version…</source>
        <translation>&amp;Beoordelen aan de hand van een andere specificatieversie…</translation>
    </message>
    <message>
        <source>Judge batch %1 against another specification</source>
        <translation>Batch %1 beoordelen aan de hand van een andere specificatie</translation>
    </message>
    <message>
        <source>Batch %1 is judged against version %2 of %3. Judged against another approved version, it goes back through QC approval and review; a decided batch needs change control and goes on hold.</source>
        <translation>Batch %1 wordt beoordeeld aan de hand van specificatie %3 versie %2. Wordt de batch beoordeeld aan de hand van een andere goedgekeurde versie, dan doorloopt de batch opnieuw QC-goedkeuring en beoordeling; een batch waarover een besluit is genomen, vereist wijzigingsbeheer en wordt geblokkeerd.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Specification version</source>
        <translation>Specificatieversie</translation>
    </message>
    <message>
        <source>version %1 — %2</source>
        <translation>versie %1 — %2</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>Wijzigingsbeheer</translation>
    </message>
    <message>
        <source>A decided batch: CC-2026-014: reason</source>
        <translation>Een batch waarover een besluit is genomen: CC-2026-014: reden</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versie:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Change control:</source>
        <translation>&amp;Wijzigingsbeheer:</translation>
    </message>
    <message>
        <source>&amp;Judge against it</source>
        <translation>&amp;Beoordelen aan de hand van deze versie</translation>
    </message>
    <message>
        <source>%1 has no other approved specification version.</source>
        <translation>%1 heeft geen andere goedgekeurde specificatieversie.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>%1, you must choose a new password before going on: this is your first login, or an administrator has reset your password.</source>
        <translation>%1, u moet een nieuw wachtwoord kiezen voordat u verdergaat: dit is uw eerste aanmelding of een beheerder heeft uw wachtwoord opnieuw ingesteld.</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Het wachtwoord van %1 wijzigen.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Huidig wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>He&amp;rhaal het nieuwe wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Wachtwoord wijzigen</translation>
    </message>
    <message>
        <source>Close the &amp;session</source>
        <translation>&amp;Sessie sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Het nieuwe wachtwoord en de herhaling verschillen.</translation>
    </message>
</context>
<context>
    <name>rd::ui::ImportFlow</name>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import records or results</source>
        <translation>Records of resultaten importeren</translation>
    </message>
    <message>
        <source>Records and results (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>Records en resultaten (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>%n bestand importeren…</numerusform>
            <numerusform>%n bestanden importeren…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>Bezig met annuleren; er wordt niets weggeschreven…</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import geannuleerd; er is niets weggeschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written in %1 s.</source>
        <translation>
            <numerusform>%n rij weggeschreven in %1 s.</numerusform>
            <numerusform>%n rijen weggeschreven in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import voltooid.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… en nog %n.</numerusform>
            <numerusform>… en nog %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Store the new content as new versions? The stored versions stay readable, and the audit trail records the reason.</source>
        <translation>De nieuwe inhoud opslaan als nieuwe versies? De opgeslagen versies blijven leesbaar en de audittrail legt de reden vast.</translation>
    </message>
    <message>
        <source>Import: content differs</source>
        <translation>Import: inhoud verschilt</translation>
    </message>
    <message>
        <source>Supersede</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <source>Why is the stored content being superseded?</source>
        <translation>Waarom wordt de opgeslagen inhoud vervangen?</translation>
    </message>
    <message>
        <source>Nothing was written: superseding needs a reason.</source>
        <translation>Er is niets weggeschreven: vervangen vereist een reden.</translation>
    </message>
    <message>
        <source>Import under change control? Each batch named goes on hold, and its review and decision must be signed again.</source>
        <translation>Importeren onder wijzigingsbeheer? Elke genoemde batch wordt geblokkeerd en de beoordeling en het besluit ervan moeten opnieuw worden ondertekend.</translation>
    </message>
    <message>
        <source>Import: decided batches</source>
        <translation>Import: batches waarover een besluit is genomen</translation>
    </message>
    <message>
        <source>Change control</source>
        <translation>Wijzigingsbeheer</translation>
    </message>
    <message>
        <source>Change-control reference and reason (REFERENCE: reason), for example CC-2026-014: viability repeated after a counter fault</source>
        <translation>Referentie en reden van het wijzigingsbeheer (REFERENTIE: reden), bijvoorbeeld CC-2026-014: viabiliteit herhaald na een storing van de celteller</translation>
    </message>
</context>
<context>
    <name>rd::ui::InboxModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 op %2: %3</translation>
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
        <translation>Monster in het bestand</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemeten</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analist</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Afgehandeld</translation>
    </message>
</context>
<context>
    <name>rd::ui::InboxPage</name>
    <message>
        <source>&lt;h2&gt;Unassigned results&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Niet-toegewezen resultaten&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Results whose sample matched no QC sample of a batch wait here with every value as imported. A QC analyst assigns them to the sample they were measured on, or rejects them; both need a reason and go into the audit trail.</source>
        <translation>Resultaten waarvan het monster met geen enkel QC-monster van een batch overeenkwam, wachten hier met alle waarden zoals geïmporteerd. Een QC-analist wijst ze toe aan het monster waarop ze zijn gemeten, of wijst ze af; beide vereisen een reden en worden vastgelegd in de audittrail.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Toegewezen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
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
        <translation>Filteren op monster, test, instrument, analist of bestand</translation>
    </message>
    <message>
        <source>Unassigned results</source>
        <translation>Niet-toegewezen resultaten</translation>
    </message>
    <message>
        <source>&amp;Assign to sample…</source>
        <translation>&amp;Toewijzen aan monster…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) shown</source>
        <translation>
            <numerusform>%n resultaat getoond</numerusform>
            <numerusform>%n resultaten getoond</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n geselecteerd</numerusform>
            <numerusform>, %n geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n result(s) to sample %1.</source>
        <translation>
            <numerusform>%n resultaat toegewezen aan monster %1.</numerusform>
            <numerusform>%n resultaten toegewezen aan monster %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject results</source>
        <translation>Resultaten afwijzen</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n result(s) rejected? (for the audit trail)</source>
        <translation>
            <numerusform>Waarom wordt dit %n resultaat afgewezen? (voor de audittrail)</numerusform>
            <numerusform>Waarom worden deze %n resultaten afgewezen? (voor de audittrail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n result(s).</source>
        <translation>
            <numerusform>%n resultaat afgewezen.</numerusform>
            <numerusform>%n resultaten afgewezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation>Getoonde resultaten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>rd::ui::LockCover</name>
    <message>
        <source>ReleaseDesk is locked</source>
        <translation>ReleaseDesk is vergrendeld</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else…</source>
        <translation>Aanmelden als &amp;iemand anders…</translation>
    </message>
    <message>
        <source>Ends this session (anything unsaved in open dialogs is discarded) and signs another user in.</source>
        <translation>Beëindigt deze sessie (niet-opgeslagen invoer in geopende dialoogvensters gaat verloren) en meldt een andere gebruiker aan.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Unlock in the ReleaseDesk window in front.</source>
        <translation>Ontgrendel in het ReleaseDesk-venster op de voorgrond.</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Opslag</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Wachtwoord wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Close store</source>
        <translation>Opslag &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About ReleaseDesk</source>
        <translation>&amp;Over ReleaseDesk</translation>
    </message>
    <message>
        <source>ReleaseDesk — %1</source>
        <translation>ReleaseDesk — %1</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Opslag: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Gegevensopslag</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audittrail</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Aangemeld als %1 (%2).</translation>
    </message>
    <message>
        <source>Checkpoint not recorded</source>
        <translation>Controlepunt niet vastgelegd</translation>
    </message>
    <message>
        <source>The session ended, but its audit checkpoint could not be signed: %1</source>
        <translation>De sessie is beëindigd, maar het auditcontrolepunt kon niet worden ondertekend: %1</translation>
    </message>
    <message>
        <source>Still working</source>
        <translation>Nog bezig</translation>
    </message>
    <message>
        <source>ReleaseDesk is finishing a task; close the window again in a moment.</source>
        <translation>ReleaseDesk rondt een taak af; sluit het venster zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <source>About ReleaseDesk</source>
        <translation>Over ReleaseDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ReleaseDesk&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Batch-record and QC review for cell-therapy manufacturing.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. It uses QCustomPlot (GPL-3.0), Qt (LGPL-3.0), SQLCipher (BSD) and libsodium (ISC).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReleaseDesk&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Beoordeling van batchrecords en QC-resultaten voor de productie van celtherapieën.&lt;/p&gt;&lt;p&gt;Vrije software onder de GNU General Public License, versie 3 of later. Maakt gebruik van QCustomPlot (GPL-3.0), Qt (LGPL-3.0), SQLCipher (BSD) en libsodium (ISC).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import specifications, batch records or QC results (JSON, CSV, Allotrope)</source>
        <translation>Specificaties, batchrecords of QC-resultaten importeren (JSON, CSV, Allotrope)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>Unassigned results</source>
        <translation>Niet-toegewezen resultaten</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import voltooid.</translation>
    </message>
    <message>
        <source>Unassigned results (%1)</source>
        <translation>Niet-toegewezen resultaten (%1)</translation>
    </message>
    <message>
        <source>Signed-in user and role</source>
        <translation>Aangemelde gebruiker en rol</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Opslag openen</translation>
    </message>
    <message>
        <source>Time until the window locks</source>
        <translation>Tijd totdat het venster wordt vergrendeld</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>Sign &amp;as</source>
        <translation>Ondertekenen al&amp;s</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Locks in %1:%2</source>
        <translation>Vergrendeling over %1:%2</translation>
    </message>
    <message numerus="yes">
        <source>The window locks after %n minute(s) without input (Ctrl+L locks it now).</source>
        <translation>
            <numerusform>Het venster wordt vergrendeld na %n minuut zonder invoer (Ctrl+L vergrendelt het direct).</numerusform>
            <numerusform>Het venster wordt vergrendeld na %n minuten zonder invoer (Ctrl+L vergrendelt het direct).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>The lock&apos;s audit checkpoint could not be signed: %1</source>
        <translation>Het auditcontrolepunt van de vergrendeling kon niet worden ondertekend: %1</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Voer uw wachtwoord in om te ontgrendelen.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Ontgrendeld.</translation>
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
        <translation>Menu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Navigation and page</source>
        <translation>Navigatie en pagina</translation>
    </message>
    <message>
        <source>Batch %1 cannot be opened.</source>
        <translation>Batch %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>Document v&amp;erifiëren…</translation>
    </message>
    <message>
        <source>Check that a PDF issued by ReleaseDesk is unaltered and matches the record</source>
        <translation>Controleren of een door ReleaseDesk uitgegeven PDF ongewijzigd is en overeenkomt met het record</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>I&amp;nstellingen…</translation>
    </message>
    <message>
        <source>Language, default store, printed documents, chart defaults and appearance</source>
        <translation>Taal, standaardopslag, afgedrukte documenten, standaardinstellingen voor kaarten en weergave</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Specificaties</translation>
    </message>
</context>
<context>
    <name>rd::ui::PasswordField</name>
    <message>
        <source>Show the password</source>
        <translation>Wachtwoord tonen</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Wachtwoord verbergen</translation>
    </message>
</context>
<context>
    <name>rd::ui::QueueModel</name>
    <message>
        <source>decided</source>
        <translation>besluit genomen</translation>
    </message>
    <message>
        <source>no shipment planned</source>
        <translation>geen verzending gepland</translation>
    </message>
    <message>
        <source>shipped conditionally</source>
        <translation>voorwaardelijk verzonden</translation>
    </message>
    <message>
        <source>OVERDUE by %1</source>
        <translation>%1 TE LAAT</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>over %1</translation>
    </message>
    <message>
        <source>%1 — blocks release</source>
        <translation>%1 — verhindert vrijgifte</translation>
    </message>
    <message>
        <source>The planned shipment to %1 has passed: a patient is waiting.</source>
        <translation>De geplande verzending naar %1 is verstreken: er wacht een patiënt.</translation>
    </message>
    <message>
        <source>Exceptions are being computed.</source>
        <translation>Uitzonderingen worden berekend.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chain of identity</source>
        <translation>Chain of identity</translation>
    </message>
    <message>
        <source>Planned shipment</source>
        <translation>Geplande verzending</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Minor / info</source>
        <translation>Minor / info</translation>
    </message>
    <message>
        <source>To disposition</source>
        <translation>Af te handelen</translation>
    </message>
    <message>
        <source>%1 — signatures no longer cover</source>
        <translation>%1 — handtekeningen dekken het record niet meer</translation>
    </message>
    <message>
        <source>The record changed after the decision was signed: the batch must be reviewed and decided again, and its documents print as DRAFT.</source>
        <translation>Het record is gewijzigd nadat het besluit was ondertekend: de batch moet opnieuw worden beoordeeld en er moet opnieuw een besluit worden genomen, en de documenten van de batch worden als CONCEPT afgedrukt.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>EXPIRED %1 ago</source>
        <translation>%1 GELEDEN VERLOPEN</translation>
    </message>
    <message>
        <source>Expired on %1: the product cannot be released.</source>
        <translation>Verlopen op %1: het product kan niet worden vrijgegeven.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Verloopt op %1.</translation>
    </message>
</context>
<context>
    <name>rd::ui::QueuePage</name>
    <message>
        <source>Queue</source>
        <translation>Wachtrij</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>&amp;Made between</source>
        <translation>&amp;Geproduceerd tussen</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Geproduceerd vanaf</translation>
    </message>
    <message>
        <source>Made until</source>
        <translation>Geproduceerd tot en met</translation>
    </message>
    <message>
        <source>Search the queue</source>
        <translation>Zoeken in de wachtrij</translation>
    </message>
    <message>
        <source>Search batch, product, site, COI or state (Ctrl+F)</source>
        <translation>Zoeken op batch, product, locatie, COI of status (Ctrl+F)</translation>
    </message>
    <message>
        <source>Sort by &amp;urgency</source>
        <translation>Sorteren op &amp;urgentie</translation>
    </message>
    <message>
        <source>Sort by urgency</source>
        <translation>Sorteren op urgentie</translation>
    </message>
    <message>
        <source>Batches in the queue</source>
        <translation>Batches in de wachtrij</translation>
    </message>
    <message>
        <source>Exceptions computed</source>
        <translation>Uitzonderingen berekend</translation>
    </message>
    <message>
        <source>Exceptions computed: %v of %m</source>
        <translation>Uitzonderingen berekend: %v van %m</translation>
    </message>
    <message>
        <source>Still to decide</source>
        <translation>Nog te beslissen</translation>
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
        <translation>Alle producten</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>%1 of %2 batches shown.%3</source>
        <translation>%1 van %2 batches getoond.%3</translation>
    </message>
    <message numerus="yes">
        <source> %n batch(es) past their planned shipment.</source>
        <translation>
            <numerusform> %n batch heeft de geplande verzenddatum overschreden.</numerusform>
            <numerusform> %n batches hebben de geplande verzenddatum overschreden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batches shown</source>
        <translation>Getoonde batches</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>Shown: %1, the most urgent first; reading the rest of the queue…</source>
        <translation>Getoond: %1, de dringendste eerst; de rest van de wachtrij wordt gelezen…</translation>
    </message>
</context>
<context>
    <name>rd::ui::ReportFlow</name>
    <message>
        <source>Export %1 as PDF/A</source>
        <translation>%1 exporteren als PDF/A</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Export PDF/A</source>
        <translation>PDF/A exporteren</translation>
    </message>
    <message numerus="yes">
        <source>%1 version %2 written to %3 (%n page(s)).</source>
        <translation>
            <numerusform>%1 versie %2 geschreven naar %3 (%n pagina).</numerusform>
            <numerusform>%1 versie %2 geschreven naar %3 (%n pagina&apos;s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview — %1 %2 (%3)</source>
        <translation>Afdrukvoorbeeld — %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Printed, but not recorded in the register: %1</source>
        <translation>Afgedrukt, maar niet vastgelegd in het register: %1</translation>
    </message>
    <message>
        <source>Export PDF/A…</source>
        <translation>PDF/A exporteren…</translation>
    </message>
    <message>
        <source>Write this document as a PDF/A file (Ctrl+E)</source>
        <translation>Dit document als PDF/A-bestand wegschrijven (Ctrl+E)</translation>
    </message>
    <message>
        <source>Verify a document</source>
        <translation>Document verifiëren</translation>
    </message>
</context>
<context>
    <name>rd::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Het wachtwoord van %1 opnieuw instellen</translation>
    </message>
    <message>
        <source>Set a temporary password for %1 and give it to them in person. They must change it at the next login. A lockout is lifted, and the account gets a new signing key.</source>
        <translation>Stel een tijdelijk wachtwoord in voor %1 en geef het persoonlijk aan de gebruiker. Het moet bij de volgende aanmelding worden gewijzigd. Een accountvergrendeling na mislukte aanmeldingen wordt opgeheven en het account krijgt een nieuwe ondertekeningssleutel.</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Tijdelijk wachtwoord:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>H&amp;erhalen:</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Wachtwoord opnieuw instellen</translation>
    </message>
    <message>
        <source>The temporary password and its repetition differ.</source>
        <translation>Het tijdelijke wachtwoord en de herhaling verschillen.</translation>
    </message>
</context>
<context>
    <name>rd::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systeemtaal (%1)</translation>
    </message>
    <message>
        <source>the store opened last</source>
        <translation>de laatst geopende opslag</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Forget recent stores</source>
        <translation>Recente opslagen &amp;wissen</translation>
    </message>
    <message>
        <source>By the system&apos;s measurement units (A4 or Letter)</source>
        <translation>Volgens de maateenheden van het systeem (A4 of Letter)</translation>
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
        <translation>De taal van het venster</translation>
    </message>
    <message>
        <source>I and MR chart</source>
        <translation>I- en MR-kaart</translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation>Levey-Jennings</translation>
    </message>
    <message>
        <source>Histogram and capability</source>
        <translation>Histogram en procescapabiliteit</translation>
    </message>
    <message>
        <source> points</source>
        <translation> punten</translation>
    </message>
    <message>
        <source>Nelson tests</source>
        <translation>Nelson-tests</translation>
    </message>
    <message>
        <source>Westgard rules</source>
        <translation>Westgard-regels</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Dit werkstation</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>Default &amp;store:</source>
        <translation>&amp;Standaardopslag:</translation>
    </message>
    <message>
        <source>Printed documents</source>
        <translation>Afgedrukte documenten</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Print &amp;in:</source>
        <translation>Afdrukken i&amp;n:</translation>
    </message>
    <message>
        <source>New trend charts</source>
        <translation>Nieuwe trendkaarten</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Kaart:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referentieperiode:</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>Re&amp;gels:</translation>
    </message>
    <message>
        <source>This store (every workstation)</source>
        <translation>Deze gegevensopslag (alle werkstations)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Vergrendelen na &amp;inactiviteit:</translation>
    </message>
    <message>
        <source>Set by an administrator.</source>
        <translation>Ingesteld door een beheerder.</translation>
    </message>
    <message>
        <source>Default store</source>
        <translation>Standaardopslag</translation>
    </message>
</context>
<context>
    <name>rd::ui::SignDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronische handtekening</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Ondertekenen: %1</translation>
    </message>
    <message>
        <source>Batch %1 (%2), record version %3, now &quot;%4&quot;.
Content hash: %5
Signed by %6 (%7) as %8.%9</source>
        <translation>Batch %1 (%2), recordversie %3, nu &quot;%4&quot;.
Inhoudshash: %5
Ondertekend door %6 (%7) als %8.%9</translation>
    </message>
    <message>
        <source>
Still pending: %1.</source>
        <translation>
Nog openstaand: %1.</translation>
    </message>
    <message>
        <source>⚠ This batch does NOT meet its specification. An exceptional release is made only at the treating physician&apos;s written request, on a recorded risk evaluation, and is stated on every screen and document of this batch.</source>
        <translation>⚠ Deze batch voldoet NIET aan de specificatie. Een uitzonderlijke vrijgifte vindt alleen plaats op schriftelijk verzoek van de behandelend arts, op basis van een vastgelegde risicobeoordeling, en wordt vermeld op elk scherm en elk document van deze batch.</translation>
    </message>
    <message>
        <source>Physician&apos;s request reference</source>
        <translation>Referentie van het verzoek van de arts</translation>
    </message>
    <message>
        <source>e.g. letter of Dr. N. Visser, 2026-11-20</source>
        <translation>bijv. brief van dr. N. Visser, 2026-11-20</translation>
    </message>
    <message>
        <source>&amp;Physician&apos;s request:</source>
        <translation>&amp;Verzoek van de arts:</translation>
    </message>
    <message>
        <source>Risk evaluation</source>
        <translation>Risicobeoordeling</translation>
    </message>
    <message>
        <source>&amp;Risk evaluation:</source>
        <translation>&amp;Risicobeoordeling:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>R&amp;eason (required):</source>
        <translation>R&amp;eden (verplicht):</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>Op&amp;merking:</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>Uw &amp;wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>Voer uw wachtwoord in om te ondertekenen.</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Sign or cancel</source>
        <translation>Ondertekenen of annuleren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Out of specification: %1. Name the OOS investigation that assessed it; it is signed with the approval.</source>
        <translation>Buiten specificatie: %1. Vermeld het OOS-onderzoek waarin dit is beoordeeld; het wordt samen met de goedkeuring ondertekend.</translation>
    </message>
    <message>
        <source>OOS investigation reference</source>
        <translation>Referentie van het OOS-onderzoek</translation>
    </message>
    <message>
        <source>e.g. OOS-2026-031</source>
        <translation>bijv. OOS-2026-031</translation>
    </message>
    <message>
        <source>OOS &amp;investigation:</source>
        <translation>OOS-onder&amp;zoek:</translation>
    </message>
</context>
<context>
    <name>rd::ui::SpecApprovalDialog</name>
    <message>
        <source>Approve a specification</source>
        <translation>Een specificatie goedkeuren</translation>
    </message>
    <message>
        <source>Approve specification %1 version %2</source>
        <translation>Specificatie %1 versie %2 goedkeuren</translation>
    </message>
    <message>
        <source>Specification approved</source>
        <translation>Specificatie goedgekeurd</translation>
    </message>
    <message>
        <source>By signing I approve this version as the specification that batches of %1 made from the day it takes effect are judged against. I have compared it with the version it replaces.</source>
        <translation>Met mijn handtekening keur ik deze versie goed als de specificatie aan de hand waarvan batches van %1 die vanaf de ingangsdatum worden geproduceerd, worden beoordeeld. Ik heb deze versie vergeleken met de versie die zij vervangt.</translation>
    </message>
    <message>
        <source>It takes effect on %1.</source>
        <translation>De versie wordt van kracht op %1.</translation>
    </message>
    <message>
        <source>It states %1, which has passed: it takes effect on %2, the day of approval, and judges no batch made before.</source>
        <translation>De vermelde datum %1 is al verstreken: de versie wordt van kracht op %2, de dag van goedkeuring, en batches die eerder zijn geproduceerd worden er niet aan de hand van beoordeeld.</translation>
    </message>
    <message>
        <source>%1 version %2 (%3), %4 tests, imported by %5.
%6
Content hash: %7
Signed by %8 (%9) as %10.</source>
        <translation>%1 versie %2 (%3), %4 tests, geïmporteerd door %5.
%6
Inhoudshash: %7
Ondertekend door %8 (%9) als %10.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>Uw &amp;wachtwoord:</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Approve or cancel</source>
        <translation>Goedkeuren of annuleren</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Goedkeuren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Type your password to sign.</source>
        <translation>Voer uw wachtwoord in om te ondertekenen.</translation>
    </message>
    <message>
        <source>Changes from version %1:
%2</source>
        <translation>Gewijzigd ten opzichte van versie %1:
%2</translation>
    </message>
    <message>
        <source>nothing but the version and dates</source>
        <translation>alleen de versie en de datums</translation>
    </message>
    <message>
        <source>The first version of %1.</source>
        <translation>De eerste versie van %1.</translation>
    </message>
</context>
<context>
    <name>rd::ui::SpecificationsPage</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>minimaal %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>maximaal %1</translation>
    </message>
    <message>
        <source>Specifications</source>
        <translation>Specificaties</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Specifications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Specificaties&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>An administrator imports a specification version as a draft. It judges batches once a QA reviewer other than its importer approves it, from the date it states or the day of approval, whichever is later. A batch keeps the version in force when it was made.</source>
        <translation>Een beheerder importeert een specificatieversie als concept. Pas nadat een QA-beoordelaar die de versie niet zelf heeft geïmporteerd deze heeft goedgekeurd, worden batches aan de hand ervan beoordeeld, vanaf de vermelde datum of de dag van goedkeuring, afhankelijk van welke later valt. Een batch behoudt de versie die van kracht was toen de batch werd geproduceerd.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Stated effective</source>
        <translation>Vermelde ingangsdatum</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Goedkeuringsstatus</translation>
    </message>
    <message>
        <source>Specification versions</source>
        <translation>Specificatieversies</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Goedkeuren…</translation>
    </message>
    <message>
        <source>Approve the selected draft with your electronic signature.</source>
        <translation>De geselecteerde conceptversie goedkeuren met uw elektronische handtekening.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Release-critical</source>
        <translation>Vrijgiftekritisch</translation>
    </message>
    <message>
        <source>May be pending</source>
        <translation>Mag openstaand zijn</translation>
    </message>
    <message>
        <source>Tests of the selected version</source>
        <translation>Tests van de geselecteerde versie</translation>
    </message>
    <message>
        <source>What changed from the version before</source>
        <translation>Wijzigingen ten opzichte van de vorige versie</translation>
    </message>
    <message>
        <source>Tests and changes</source>
        <translation>Tests en wijzigingen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>The store has no specifications yet: an administrator imports them.</source>
        <translation>De gegevensopslag bevat nog geen specificaties: een beheerder importeert deze.</translation>
    </message>
    <message>
        <source>Select a version to see its tests.</source>
        <translation>Selecteer een versie om de tests ervan te zien.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 version %2&lt;/b&gt;: %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;%1 versie %2&lt;/b&gt;: %3&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>The first version of %1.</source>
        <translation>De eerste versie van %1.</translation>
    </message>
    <message>
        <source>Changed from version %1:</source>
        <translation>Gewijzigd ten opzichte van versie %1:</translation>
    </message>
    <message>
        <source>nothing but the version and dates</source>
        <translation>alleen de versie en de datums</translation>
    </message>
    <message>
        <source>Specification %1 version %2: %3.</source>
        <translation>Specificatie %1 versie %2: %3.</translation>
    </message>
</context>
<context>
    <name>rd::ui::StorePage</name>
    <message>
        <source>&lt;h2&gt;Store&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Gegevensopslag&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Verify the store</source>
        <translation>Gegevensopslag &amp;verifiëren</translation>
    </message>
    <message>
        <source>Check the root, the schema, every key certificate, the audit chain with its signed checkpoints, every record, every electronic signature and the file&apos;s structure (as releasedesk verify does).</source>
        <translation>Controleer de rootsleutel, het schema, elk sleutelcertificaat, de auditketen met haar ondertekende controlepunten, elk record, elke elektronische handtekening en de structuur van het bestand (zoals releasedesk verify doet).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Store id</source>
        <translation>Opslag-id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversie</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <source>SQLCipher %1, format %2 (page size %3, %4); created with %5</source>
        <translation>SQLCipher %1, formaat %2 (paginagrootte %3, %4); aangemaakt met %5</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>%1 (%2 active)</source>
        <translation>%1 (%2 actief)</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Auditgebeurtenissen</translation>
    </message>
    <message>
        <source>Last checkpoint</source>
        <translation>Laatste controlepunt</translation>
    </message>
    <message>
        <source>event %1, signed by %2 at %3</source>
        <translation>gebeurtenis %1, ondertekend door %2 op %3</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>✘ Verification failed at event %1: %2</source>
        <translation>✘ Verificatie mislukt bij gebeurtenis %1: %2</translation>
    </message>
    <message>
        <source>✘ Verification failed: %1</source>
        <translation>✘ Verificatie mislukt: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Inactivity lock in minutes</source>
        <translation>Inactiviteitsvergrendeling in minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>zonder invoer</translation>
    </message>
    <message>
        <source>Saved; it applies from now on.</source>
        <translation>Opgeslagen; geldt vanaf nu.</translation>
    </message>
    <message>
        <source>Set by an administrator.</source>
        <translation>Ingesteld door een beheerder.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Gegevensopslag</translation>
    </message>
    <message>
        <source>Facts about the store</source>
        <translation>Eigenschappen van de gegevensopslag</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Voortgang van de verificatie</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultaat van de verificatie</translation>
    </message>
    <message>
        <source>Inactivity lock setting</source>
        <translation>Instelling inactiviteitsvergrendeling</translation>
    </message>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>Venster ver&amp;grendelen na</translation>
    </message>
    <message>
        <source>Root fingerprint</source>
        <translation>Vingerafdruk rootsleutel</translation>
    </message>
    <message>
        <source>Key generation</source>
        <translation>Sleutelgeneratie</translation>
    </message>
    <message>
        <source>%1; a re-key is due (%2): it is done when this session ends with nothing else open</source>
        <translation>%1; een sleutelvernieuwing is vereist (%2): deze wordt uitgevoerd wanneer deze sessie eindigt terwijl niets anders geopend is</translation>
    </message>
    <message>
        <source>✔ Verified: %1 events, %2 signed checkpoints, %3 electronic signatures, %4 records and %5 key certificates match; store root %6.</source>
        <translation>✔ Geverifieerd: %1 gebeurtenissen, %2 ondertekende controlepunten, %3 elektronische handtekeningen, %4 records en %5 sleutelcertificaten kloppen; rootsleutel gegevensopslag %6.</translation>
    </message>
</context>
<context>
    <name>rd::ui::TrendChart</name>
    <message>
        <source>Control chart</source>
        <translation>Regelkaart</translation>
    </message>
    <message>
        <source>Choose a product and a test.</source>
        <translation>Kies een product en een test.</translation>
    </message>
    <message>
        <source>No points.</source>
        <translation>Geen punten.</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
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
        <translation>n.v.t.</translation>
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
        <translation>Regel geschonden (▲)</translation>
    </message>
    <message>
        <source>Warning only (◆)</source>
        <translation>Alleen waarschuwing (◆)</translation>
    </message>
    <message>
        <source>Batch, in order of manufacture</source>
        <translation>Batch, in volgorde van productie</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Gemiddelde %1</translation>
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
        <translation>Moving range</translation>
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
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>Batch %1 (%2)
%3: %4 %5
Made %6
%7</source>
        <translation>Batch %1 (%2)
%3: %4 %5
Geproduceerd %6
%7</translation>
    </message>
    <message>
        <source>No rule violated</source>
        <translation>Geen regel geschonden</translation>
    </message>
    <message>
        <source>Violates: %1</source>
        <translation>Schendt: %1</translation>
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
        <translation>Product</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Locaties</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle locaties</translation>
    </message>
    <message>
        <source>Made &amp;between</source>
        <translation>Geproduceerd t&amp;ussen</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Geproduceerd vanaf</translation>
    </message>
    <message>
        <source>Made until</source>
        <translation>Geproduceerd tot en met</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>I and MR chart</source>
        <translation>I- en MR-kaart</translation>
    </message>
    <message>
        <source>Levey-Jennings</source>
        <translation>Levey-Jennings</translation>
    </message>
    <message>
        <source>Histogram and capability</source>
        <translation>Histogram en procescapabiliteit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referentieperiode</translation>
    </message>
    <message>
        <source>Baseline from</source>
        <translation>Referentieperiode vanaf</translation>
    </message>
    <message>
        <source>Baseline until</source>
        <translation>Referentieperiode tot en met</translation>
    </message>
    <message>
        <source>&amp;Freeze baseline…</source>
        <translation>Referentieperiode &amp;vastzetten…</translation>
    </message>
    <message>
        <source>Keep the current baseline&apos;s mean and SD under a name, as they are now, for Levey-Jennings charts.</source>
        <translation>Het gemiddelde en de SD van de huidige referentieperiode onder een naam bewaren zoals ze nu zijn, voor Levey-Jennings-kaarten.</translation>
    </message>
    <message>
        <source>Baseline points</source>
        <translation>Punten van de referentieperiode</translation>
    </message>
    <message>
        <source> points</source>
        <translation> punten</translation>
    </message>
    <message>
        <source>Limits from the first K points.</source>
        <translation>Grenzen uit de eerste K punten.</translation>
    </message>
    <message>
        <source>All Westgard rules</source>
        <translation>Alle Westgard-regels</translation>
    </message>
    <message>
        <source>All Nelson tests</source>
        <translation>Alle Nelson-tests</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation>&amp;Weergave herstellen</translation>
    </message>
    <message>
        <source>Home in the chart; + and − zoom, arrows pan</source>
        <translation>Home-toets in de kaart; + en − zoomen, pijltoetsen verschuiven</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>Kaart als PNG…</translation>
    </message>
    <message>
        <source>Chart as PDF (vector)…</source>
        <translation>Kaart als PDF (vector)…</translation>
    </message>
    <message>
        <source>Points, limits and flags as CSV…</source>
        <translation>Punten, grenzen en markeringen als CSV…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Use as &amp;out-of-trend rules</source>
        <translation>Gebruiken als &amp;OOT-regels</translation>
    </message>
    <message>
        <source>Make these rules raise out-of-trend exceptions in review for this product and test (administrators).</source>
        <translation>Met deze regels ontstaan bij de beoordeling OOT-uitzonderingen (buiten trend) voor dit product en deze test (beheerders).</translation>
    </message>
    <message>
        <source>Limits and capability</source>
        <translation>Grenzen en procescapabiliteit</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Schendingen</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Product:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Kaart:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referentieperiode:</translation>
    </message>
    <message>
        <source>Limits and violations</source>
        <translation>Grenzen en schendingen</translation>
    </message>
    <message>
        <source>Chart and violations</source>
        <translation>Kaart en schendingen</translation>
    </message>
    <message>
        <source>All points</source>
        <translation>Alle punten</translation>
    </message>
    <message>
        <source>First points</source>
        <translation>Eerste punten</translation>
    </message>
    <message>
        <source>Made between</source>
        <translation>Geproduceerd tussen</translation>
    </message>
    <message>
        <source>Frozen: %1 (%2 points, %3)</source>
        <translation>Vastgezet: %1 (%2 punten, %3)</translation>
    </message>
    <message>
        <source>A frozen baseline is shown: choose the points of a new one first.</source>
        <translation>Er wordt een vastgezette referentieperiode getoond: kies eerst de punten van een nieuwe.</translation>
    </message>
    <message>
        <source>Freeze baseline</source>
        <translation>Referentieperiode vastzetten</translation>
    </message>
    <message>
        <source>Name of the baseline:</source>
        <translation>Naam van de referentieperiode:</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Regels (%1)</translation>
    </message>
    <message>
        <source>Choose a product and a test.</source>
        <translation>Kies een product en een test.</translation>
    </message>
    <message>
        <source>The baseline holds fewer than two points; the limits use all of them.</source>
        <translation>De referentieperiode bevat minder dan twee punten; de grenzen gebruiken alle punten.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es), %1 %2</source>
        <translation>
            <numerusform>%n batch, %1 %2</numerusform>
            <numerusform>%n batches, %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Centre %1, σ %2, limits %3 to %4 (from %5 points)</source>
        <translation>Centrum %1, σ %2, grenzen %3 tot %4 (uit %5 punten)</translation>
    </message>
    <message>
        <source>Cp %1 · Cpk %2 · Pp %3 · Ppk %4</source>
        <translation>Cp %1 · Cpk %2 · Pp %3 · Ppk %4</translation>
    </message>
    <message numerus="yes">
        <source>%n violation(s) of the chosen rules</source>
        <translation>
            <numerusform>%n schending van de gekozen regels</numerusform>
            <numerusform>%n schendingen van de gekozen regels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 trend</source>
        <translation>Trend %1 %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Kan %1 niet schrijven.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>These rules now raise out-of-trend exceptions in review.</source>
        <translation>Deze regels leiden bij de beoordeling nu tot OOT-uitzonderingen.</translation>
    </message>
    <message>
        <source>Trend &amp;report: preview, print, PDF/A…</source>
        <translation>Trend&amp;rapport: voorbeeld, afdrukken, PDF/A…</translation>
    </message>
    <message>
        <source>Choose a product and a test with data first.</source>
        <translation>Kies eerst een product en een test met gegevens.</translation>
    </message>
</context>
<context>
    <name>rd::ui::UnlockDialog</name>
    <message>
        <source>ReleaseDesk — locked</source>
        <translation>ReleaseDesk — vergrendeld</translation>
    </message>
    <message>
        <source>ReleaseDesk — unlock a store</source>
        <translation>ReleaseDesk — gegevensopslag ontgrendelen</translation>
    </message>
    <message>
        <source>The session was locked. Enter your password to go on, or sign in as someone else.</source>
        <translation>De sessie is vergrendeld. Voer uw wachtwoord in om verder te gaan, of meld u aan als iemand anders.</translation>
    </message>
    <message>
        <source>Choose a store and sign in.</source>
        <translation>Kies een gegevensopslag en meld u aan.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>Op&amp;slag:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit ReleaseDesk</source>
        <translation>ReleaseDesk &amp;afsluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Choose a store folder</source>
        <translation>Kies een map met gegevensopslag</translation>
    </message>
    <message>
        <source>The password must be changed before the store can be used.</source>
        <translation>Het wachtwoord moet worden gewijzigd voordat de gegevensopslag kan worden gebruikt.</translation>
    </message>
</context>
</TS>
