<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>AccountCsv</name>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Institution login</source>
        <translation>Connexion à l&apos;institution</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Aggregation code</source>
        <translation>Code d&apos;agrégation</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Balance date (UTC)</source>
        <translation>Date du solde (UTC)</translation>
    </message>
</context>
<context>
    <name>AccountDetailsPanel</name>
    <message>
        <source>&amp;Positions</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <source>Create fi&amp;x link…</source>
        <translation>Créer un lien de ré&amp;paration…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbole</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Valeur marchande</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Prix de revient</translation>
    </message>
    <message>
        <source>Investment positions</source>
        <translation>Positions de placement</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Aucun compte sélectionné</translation>
    </message>
    <message>
        <source>Select an account to see its details.</source>
        <translation>Sélectionnez un compte pour en voir les détails.</translation>
    </message>
    <message>
        <source>Create a Connect Fix link for the customer to repair this login</source>
        <translation>Créer un lien Connect Fix pour que le client répare cette connexion</translation>
    </message>
    <message>
        <source>Loading account details…</source>
        <translation>Chargement des détails du compte…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · •••• %2</source>
        <translation>%1 · •••• %2</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Balance date</source>
        <translation>Date du solde</translation>
    </message>
    <message>
        <source>Last successful aggregation</source>
        <translation>Dernière agrégation réussie</translation>
    </message>
    <message>
        <source>Last aggregation attempt</source>
        <translation>Dernière tentative d&apos;agrégation</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Lié</translation>
    </message>
    <message>
        <source>Last transaction</source>
        <translation>Dernière transaction</translation>
    </message>
    <message>
        <source>Oldest transaction</source>
        <translation>Plus ancienne transaction</translation>
    </message>
    <message>
        <source>Authorization start</source>
        <translation>Début de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Authorization end</source>
        <translation>Fin de l&apos;autorisation</translation>
    </message>
    <message>
        <source>Authorization expires</source>
        <translation>L&apos;autorisation expire</translation>
    </message>
    <message>
        <source>Market segment</source>
        <translation>Segment de marché</translation>
    </message>
    <message>
        <source>Institution ID</source>
        <translation>ID de l&apos;institution</translation>
    </message>
    <message>
        <source>Institution login ID</source>
        <translation>ID de la connexion à l&apos;institution</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Compte parent</translation>
    </message>
    <message>
        <source>Aggregation error %1</source>
        <translation>Erreur d&apos;agrégation %1</translation>
    </message>
    <message>
        <source> — succeeded</source>
        <translation> — réussie</translation>
    </message>
    <message>
        <source>Aggregation status</source>
        <translation>État de l&apos;agrégation</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>Checking</source>
        <translation>Chèques</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Épargne</translation>
    </message>
    <message>
        <source>Certificate of deposit</source>
        <translation>Certificat de placement garanti</translation>
    </message>
    <message>
        <source>Money market</source>
        <translation>Marché monétaire</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Carte de crédit</translation>
    </message>
    <message>
        <source>Line of credit</source>
        <translation>Marge de crédit</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>401(k)</source>
        <translation>401(k)</translation>
    </message>
    <message>
        <source>Roth IRA</source>
        <translation>Roth IRA</translation>
    </message>
    <message>
        <source>IRA</source>
        <translation>IRA</translation>
    </message>
    <message>
        <source>Mortgage</source>
        <translation>Prêt hypothécaire</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Student loan</source>
        <translation>Prêt étudiant</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Courtage</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Solde disponible</translation>
    </message>
    <message>
        <source>Available cash balance</source>
        <translation>Encaisse disponible</translation>
    </message>
    <message>
        <source>Available credit</source>
        <translation>Crédit disponible</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Limite de crédit</translation>
    </message>
    <message>
        <source>Current balance</source>
        <translation>Solde actuel</translation>
    </message>
    <message>
        <source>Details as of</source>
        <translation>Détails en date du</translation>
    </message>
    <message>
        <source>Escrow balance</source>
        <translation>Solde du compte de garantie</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Taux d&apos;intérêt</translation>
    </message>
    <message>
        <source>Interest this year</source>
        <translation>Intérêts cette année</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Dernier paiement</translation>
    </message>
    <message>
        <source>Last payment date</source>
        <translation>Date du dernier paiement</translation>
    </message>
    <message>
        <source>Loan term type</source>
        <translation>Type de terme du prêt</translation>
    </message>
    <message>
        <source>Margin allowed</source>
        <translation>Marge permise</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Prochain paiement</translation>
    </message>
    <message>
        <source>Next payment date</source>
        <translation>Date du prochain paiement</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Paiement dû</translation>
    </message>
    <message>
        <source>Minimum payment</source>
        <translation>Paiement minimum</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>Paiements effectués</translation>
    </message>
    <message>
        <source>Payoff amount</source>
        <translation>Montant de remboursement</translation>
    </message>
    <message>
        <source>Period interest rate</source>
        <translation>Taux d&apos;intérêt de la période</translation>
    </message>
    <message>
        <source>Principal balance</source>
        <translation>Solde du capital</translation>
    </message>
    <message>
        <source>Vested balance</source>
        <translation>Solde acquis</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <source>Error %1 · customer fix</source>
        <translation>Erreur %1 · à corriger par le client</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Erreur %1</translation>
    </message>
    <message>
        <source>Institution %1</source>
        <translation>Institution %1</translation>
    </message>
    <message>
        <source>Error %1: %2 %3</source>
        <translation>Erreur %1 : %2 %3</translation>
    </message>
    <message>
        <source>Error %1.</source>
        <translation>Erreur %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stale: the last successful aggregation was %1, more than %n day(s) ago.</source>
        <translation>
            <numerusform>Périmée : la dernière agrégation réussie date de %1, il y a plus de %n jour.</numerusform>
            <numerusform>Périmée : la dernière agrégation réussie date de %1, il y a plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Accounts: the date of the balance. Institution logins: how long ago the last successful aggregation was (the exact time on hover).</source>
        <translation>Comptes : la date du solde. Connexions : depuis quand date la dernière agrégation réussie (l&apos;heure exacte au survol).</translation>
    </message>
    <message>
        <source>Institution / account</source>
        <translation>Institution / compte</translation>
    </message>
    <message>
        <source>Login / number</source>
        <translation>Connexion / numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>En date du</translation>
    </message>
    <message>
        <source>Last successful aggregation: %1</source>
        <translation>Dernière agrégation réussie : %1</translation>
    </message>
    <message>
        <source>Login %1</source>
        <translation>Connexion %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · périmée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AccountTreeView</name>
    <message>
        <source>Accounts by institution login</source>
        <translation>Comptes par connexion à l&apos;institution</translation>
    </message>
</context>
<context>
    <name>ActionCommand</name>
    <message>
        <source>confirmed &quot;%1&quot;</source>
        <translation>a confirmé « %1 »</translation>
    </message>
    <message>
        <source>confirmed &quot;%1&quot; after typing %2</source>
        <translation>a confirmé « %1 » après avoir saisi %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Annulé : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Nothing was sent: you stopped waiting before the request left.</source>
        <translation>Rien n&apos;a été envoyé : vous avez cessé d&apos;attendre avant le départ de la requête.</translation>
    </message>
    <message>
        <source>Nothing was sent: the audit trail could not be written (%1).</source>
        <translation>Rien n&apos;a été envoyé : le journal d&apos;audit n&apos;a pas pu être écrit (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>This connection is read-only.</source>
        <translation>Cette connexion est en lecture seule.</translation>
    </message>
    <message>
        <source>Wait for the refresh or delete under way to finish.</source>
        <translation>Attendez la fin de l&apos;actualisation ou de la suppression en cours.</translation>
    </message>
    <message>
        <source>The customer&apos;s accounts have not been read yet.</source>
        <translation>Les comptes du client n&apos;ont pas encore été lus.</translation>
    </message>
    <message>
        <source>The customer has no accounts.</source>
        <translation>Le client n&apos;a aucun compte.</translation>
    </message>
    <message>
        <source>Select one account first.</source>
        <translation>Sélectionnez d&apos;abord un compte.</translation>
    </message>
    <message>
        <source>Select an institution login or one of its accounts first.</source>
        <translation>Sélectionnez d&apos;abord une connexion ou l&apos;un de ses comptes.</translation>
    </message>
    <message>
        <source>This login has no error the customer can fix through Connect.</source>
        <translation>Cette connexion n&apos;a aucune erreur que le client peut corriger avec Connect.</translation>
    </message>
</context>
<context>
    <name>AffectedAccounts</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the service (%1).</source>
        <translation>Impossible de joindre le service (%1).</translation>
    </message>
    <message>
        <source>The service&apos;s identity could not be verified: %1.</source>
        <translation>L&apos;identité du service n&apos;a pas pu être vérifiée : %1.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>Le service n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The service did not answer in time (%1).</source>
        <translation>Le service n&apos;a pas répondu à temps (%1).</translation>
    </message>
    <message>
        <source>The connection to the service was lost (%1).</source>
        <translation>La connexion au service a été perdue (%1).</translation>
    </message>
    <message>
        <source>Stopped waiting for the service.</source>
        <translation>Attente du service interrompue.</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read: %1.</source>
        <translation>La réponse du service n&apos;a pas pu être lue : %1.</translation>
    </message>
    <message>
        <source>%1 (code %2).</source>
        <translation>%1 (code %2).</translation>
    </message>
    <message>
        <source>The service answered with an error</source>
        <translation>Le service a répondu par une erreur</translation>
    </message>
    <message>
        <source> (HTTP %1, code %2)</source>
        <translation> (HTTP %1, code %2)</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>The service asks to wait %1 s before trying again.</source>
        <translation>Le service demande d&apos;attendre %1 s avant de réessayer.</translation>
    </message>
    <message>
        <source>The operation may still complete at the service, or it may have carried it out: reload before trying again.</source>
        <translation>L&apos;opération peut encore aboutir au service, ou il l&apos;a peut-être déjà effectuée : rechargez avant de réessayer.</translation>
    </message>
    <message>
        <source>Check the network connection and the connection&apos;s base URL, then try again.</source>
        <translation>Vérifiez la connexion réseau et l&apos;URL de base de la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing was sent. Check the base URL, and give these certificate details to your administrator; the console does not connect past a certificate error.</source>
        <translation>Rien n&apos;a été envoyé. Vérifiez l&apos;URL de base et transmettez ces détails du certificat à votre administrateur; la console ne se connecte pas malgré une erreur de certificat.</translation>
    </message>
    <message>
        <source>What is shown was not updated. Try again; if the service is often this slow, raise the connection&apos;s timeout.</source>
        <translation>Ce qui est affiché n&apos;a pas été mis à jour. Réessayez; si le service est souvent aussi lent, augmentez le délai d&apos;attente de la connexion.</translation>
    </message>
    <message>
        <source>What is shown was not updated. Try again; if it keeps happening, check the network or the proxy.</source>
        <translation>Ce qui est affiché n&apos;a pas été mis à jour. Réessayez; si cela se reproduit, vérifiez le réseau ou le mandataire.</translation>
    </message>
    <message>
        <source>The operation may still complete at the service; reload to see its result.</source>
        <translation>L&apos;opération peut encore aboutir au service; rechargez pour voir son résultat.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it with the time and operation.</source>
        <translation>Réessayez; si cela se reproduit, signalez-le avec l&apos;heure et l&apos;opération.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Nothing is retried by itself.</source>
        <translation>Rien n&apos;est réessayé automatiquement.</translation>
    </message>
    <message>
        <source>The service had a problem; try again in a few minutes.</source>
        <translation>Le service a eu un problème; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>If this keeps happening, report it with the time and operation.</source>
        <translation>Si cela se reproduit, signalez-le avec l&apos;heure et l&apos;opération.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>There is no connection to the service.</source>
        <translation>Il n&apos;y a aucune connexion au service.</translation>
    </message>
    <message>
        <source>This connection is read-only: refreshing, deleting and creating fix links are turned off.</source>
        <translation>Cette connexion est en lecture seule : l&apos;actualisation, la suppression et la création de liens de réparation sont désactivées.</translation>
    </message>
    <message>
        <source> — certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation> — certificat pour %1, émis par %2, valide du %3 au %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>waited %1 s</source>
        <translation>attente de %1 s</translation>
    </message>
    <message>
        <source>the answer exceeds the limit of %1 bytes</source>
        <translation>la réponse dépasse la limite de %1 octets</translation>
    </message>
    <message>
        <source>The service redirected the request, and redirects are not followed</source>
        <translation>Le service a redirigé la requête, et les redirections ne sont pas suivies</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>outcome unknown</source>
        <translation>résultat inconnu</translation>
    </message>
    <message>
        <source>failed (HTTP %1)</source>
        <translation>échec (HTTP %1)</translation>
    </message>
    <message>
        <source>failed (HTTP %1, code %2)</source>
        <translation>échec (HTTP %1, code %2)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>stopped waiting</source>
        <translation>attente interrompue</translation>
    </message>
</context>
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
</context>
<context>
    <name>AuditLogReader</name>
    <message>
        <source>line %1: not a valid audit record (skipped)</source>
        <translation>ligne %1 : enregistrement d&apos;audit non valide (ignoré)</translation>
    </message>
    <message>
        <source>line %1: an outcome with no intent (skipped)</source>
        <translation>ligne %1 : un résultat sans intention (ignoré)</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Enregistrements d&apos;audit</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Toute opération</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>O&amp;pération :</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Export the filtered audit records</source>
        <translation>Exporter les enregistrements d&apos;audit filtrés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n enregistrement dans %1.</numerusform>
            <numerusform>%n enregistrements dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers %1.</numerusform>
            <numerusform>%n enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1 : %2</translation>
    </message>
</context>
<context>
    <name>BaseUrlRule</name>
    <message>
        <source>The base URL is not a valid address.</source>
        <translation>L&apos;URL de base n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The base URL must use https: plain http would send the partner secret, the app key and tokens unencrypted. Only this machine (127.0.0.1, localhost) may use http.</source>
        <translation>L&apos;URL de base doit utiliser https : le http simple enverrait le secret du partenaire, la clé d&apos;application et les jetons sans chiffrement. Seule cette machine (127.0.0.1, localhost) peut utiliser http.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>L&apos;URL de base doit commencer par https://.</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Institution logins</source>
        <translation>Connexions aux institutions</translation>
    </message>
    <message>
        <source>Affected accounts</source>
        <translation>Comptes touchés</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2) :</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation>Le bac à sable intégré n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ne peut pas être utilisée : %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this run only.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1) : les secrets sont gardés en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <source>No partner secret or app key is stored for %1. Enter them in File → Connections.</source>
        <translation>Aucun secret de partenaire ni clé d&apos;application n&apos;est enregistré pour %1. Saisissez-les dans Fichier → Connexions.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
</context>
<context>
    <name>CreateFixLinkCommand</name>
    <message>
        <source>Creating a fix link for %1 (login %2)…</source>
        <translation>Création d&apos;un lien de réparation pour %1 (connexion %2)…</translation>
    </message>
    <message>
        <source>Create a Connect Fix link</source>
        <translation>Créer un lien Connect Fix</translation>
    </message>
    <message>
        <source>%1 · %2 · login %3</source>
        <translation>%1 · %2 · connexion %3</translation>
    </message>
    <message>
        <source>The provider creates a single-use link, valid for about two hours, with which the customer signs in to %1 again and answers its questions. Whoever has the link can change this connection: give it to the customer only, through a channel you trust.</source>
        <translation>Le fournisseur crée un lien à usage unique, valide environ deux heures, avec lequel le client se reconnecte à %1 et répond à ses questions. Quiconque possède le lien peut modifier cette connexion : ne le donnez qu&apos;au client, par un canal de confiance.</translation>
    </message>
    <message>
        <source>Why this login needs the customer</source>
        <translation>Pourquoi cette connexion a besoin du client</translation>
    </message>
    <message>
        <source>Accounts at this login</source>
        <translation>Comptes de cette connexion</translation>
    </message>
    <message>
        <source>Create fix link</source>
        <translation>Créer le lien de réparation</translation>
    </message>
    <message>
        <source>Created a fix link for %1 (login %2); it expires %3.</source>
        <translation>Lien de réparation créé pour %1 (connexion %2); il expire le %3.</translation>
    </message>
    <message>
        <source>Created a fix link for %1 (login %2).</source>
        <translation>Lien de réparation créé pour %1 (connexion %2).</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <source>Customers matching &quot;%1&quot;</source>
        <translation>Clients correspondant à « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n client trouvé.</numerusform>
            <numerusform>%n clients trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1; refine the search to narrow it.</source>
        <translation>Affichage des %1 premiers; précisez la recherche pour la restreindre.</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clients correspondants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>CustomerSummary</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Customer %1 · %2</source>
        <translation>Client %1 · %2</translation>
    </message>
    <message>
        <source>%1, %2 · as of %3</source>
        <translation>%1, %2 · en date du %3</translation>
    </message>
    <message numerus="yes">
        <source>%n institution login(s)</source>
        <translation>
            <numerusform>%n connexion à une institution</numerusform>
            <numerusform>%n connexions à des institutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · login %2 · %3</source>
        <translation>%1 · connexion %2 · %3</translation>
    </message>
    <message>
        <source>  Last successful aggregation: %1</source>
        <translation>  Dernière agrégation réussie : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Filter by account name, number, type or institution</source>
        <translation>Filtrer par nom de compte, numéro, type ou institution</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrer les comptes</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltre :</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiert une intervention</translation>
    </message>
    <message numerus="yes">
        <source>Institution logins with an aggregation error, with no success for %n day(s) or more, or at an institution that is not online</source>
        <translation>
            <numerusform>Connexions avec une erreur d&apos;agrégation, sans réussite depuis %n jour ou plus, ou à une institution hors ligne</numerusform>
            <numerusform>Connexions avec une erreur d&apos;agrégation, sans réussite depuis %n jours ou plus, ou à une institution hors ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Type de compte</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Deposit accounts (from the service)</source>
        <translation>Comptes de dépôt (selon le service)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>Cesser d&apos;&amp;attendre</translation>
    </message>
    <message>
        <source>Stop waiting for the answer. The operation may still complete at the bank.</source>
        <translation>Cesser d&apos;attendre la réponse. L&apos;opération peut encore aboutir à la banque.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Sign in again with File → Sign in, then reload.</source>
        <translation>Reconnectez-vous avec Fichier → Se connecter, puis rechargez.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Chargement des comptes…</translation>
    </message>
    <message>
        <source>%1 · customer %2 · %3</source>
        <translation>%1 · client %2 · %3</translation>
    </message>
    <message>
        <source>No accounts match the status or type chosen.</source>
        <translation>Aucun compte ne correspond à l&apos;état ou au type choisi.</translation>
    </message>
    <message>
        <source>This customer has no linked accounts.</source>
        <translation>Ce client n&apos;a aucun compte lié.</translation>
    </message>
    <message>
        <source>Could not reload login %1: %2</source>
        <translation>Impossible de recharger la connexion %1 : %2</translation>
    </message>
    <message>
        <source>Reloaded login %1.</source>
        <translation>Connexion %1 rechargée.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %n s</source>
        <translation>
            <numerusform>%1 %n s</numerusform>
            <numerusform>%1 %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The summary, with balances, is on the clipboard.</source>
        <translation>Le résumé, avec les soldes, est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The summary (without balances) is on the clipboard.</source>
        <translation>Le résumé (sans les soldes) est dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n compte exporté vers %1.</numerusform>
            <numerusform>%n comptes exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Reload this login</source>
        <translation>&amp;Recharger cette connexion</translation>
    </message>
    <message>
        <source>View accounts at this &amp;institution</source>
        <translation>Voir les comptes de cette &amp;institution</translation>
    </message>
    <message>
        <source>Re&amp;fresh this login…</source>
        <translation>Ac&amp;tualiser cette connexion…</translation>
    </message>
    <message>
        <source>&amp;Delete access to this account…</source>
        <translation>&amp;Supprimer l&apos;accès à ce compte…</translation>
    </message>
    <message>
        <source>Delete access to this &amp;login…</source>
        <translation>Supprimer l&apos;accès à cette &amp;connexion…</translation>
    </message>
    <message>
        <source>Create fi&amp;x link…</source>
        <translation>Créer un lien de ré&amp;paration…</translation>
    </message>
</context>
<context>
    <name>DeleteAccessCommand</name>
    <message numerus="yes">
        <source>login %1 at %2 (%n account(s))</source>
        <translation>
            <numerusform>connexion %1 à %2 (%n compte)</numerusform>
            <numerusform>connexion %1 à %2 (%n comptes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 •••• %2 at %3</source>
        <translation>%1 •••• %2 à %3</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <source>Deleting access to login %1…</source>
        <translation>Suppression de l&apos;accès à la connexion %1…</translation>
    </message>
    <message>
        <source>Deleting access to the account…</source>
        <translation>Suppression de l&apos;accès au compte…</translation>
    </message>
    <message>
        <source>Deleting access…</source>
        <translation>Suppression de l&apos;accès…</translation>
    </message>
    <message>
        <source>Delete access to an institution login</source>
        <translation>Supprimer l&apos;accès à une connexion</translation>
    </message>
    <message>
        <source>%1 · %2 · login %3</source>
        <translation>%1 · %2 · connexion %3</translation>
    </message>
    <message numerus="yes">
        <source>The console will no longer receive data for these %n account(s). The customer must link them again to undo this.</source>
        <translation>
            <numerusform>La console ne recevra plus de données pour ce %n compte. Le client devra le lier de nouveau pour annuler cette action.</numerusform>
            <numerusform>La console ne recevra plus de données pour ces %n comptes. Le client devra les lier de nouveau pour annuler cette action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete access to %n account(s)</source>
        <translation>
            <numerusform>Supprimer l&apos;accès à %n compte</numerusform>
            <numerusform>Supprimer l&apos;accès à %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the login ID %1 to confirm:</source>
        <translation>Saisissez l&apos;ID de connexion %1 pour confirmer :</translation>
    </message>
    <message>
        <source>Delete access to an account</source>
        <translation>Supprimer l&apos;accès à un compte</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 •••• %4</source>
        <translation>%1 · %2 · %3 •••• %4</translation>
    </message>
    <message>
        <source>The console will no longer receive data for this account. The customer must link it again to undo this.</source>
        <translation>La console ne recevra plus de données pour ce compte. Le client devra le lier de nouveau pour annuler cette action.</translation>
    </message>
    <message>
        <source>Delete access to 1 account</source>
        <translation>Supprimer l&apos;accès à 1 compte</translation>
    </message>
    <message>
        <source>Type the last four digits of the account number (%1) to confirm:</source>
        <translation>Saisissez les quatre derniers chiffres du numéro de compte (%1) pour confirmer :</translation>
    </message>
    <message>
        <source>Deleted access to %1.</source>
        <translation>Accès à %1 supprimé.</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Refreshed all of the customer&apos;s accounts</source>
        <translation>A actualisé tous les comptes du client</translation>
    </message>
    <message>
        <source>Refreshed an institution login</source>
        <translation>A actualisé une connexion</translation>
    </message>
    <message>
        <source>Refreshed all of the customer&apos;s accounts (v2)</source>
        <translation>A actualisé tous les comptes du client (v2)</translation>
    </message>
    <message>
        <source>Refreshed an institution login (v2)</source>
        <translation>A actualisé une connexion (v2)</translation>
    </message>
    <message>
        <source>Deleted access to an account</source>
        <translation>A supprimé l&apos;accès à un compte</translation>
    </message>
    <message>
        <source>Deleted access to an institution login</source>
        <translation>A supprimé l&apos;accès à une connexion</translation>
    </message>
    <message>
        <source>Created a Connect Fix link</source>
        <translation>A créé un lien Connect Fix</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID du client</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>ID du compte</translation>
    </message>
    <message>
        <source>institution ID</source>
        <translation>ID de l&apos;institution</translation>
    </message>
    <message>
        <source>institution login ID</source>
        <translation>ID de la connexion à l&apos;institution</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not valid: it must be 1 to 20 digits.</source>
        <translation>L&apos;%1 « %2 » n&apos;est pas valide : il doit compter de 1 à 20 chiffres.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Ask the customer to repair the connection with the provider&apos;s Connect &quot;Fix&quot; flow; the console cannot fix this.</source>
        <translation>Demandez au client de réparer la connexion avec le parcours « Fix » de Connect du fournisseur; la console ne peut pas corriger cela.</translation>
    </message>
    <message>
        <source>Delete access to this institution login and ask the customer to link the accounts again.</source>
        <translation>Supprimez l&apos;accès à cette connexion et demandez au client de lier ses comptes de nouveau.</translation>
    </message>
    <message>
        <source>The partner ID or partner secret was not accepted.</source>
        <translation>L&apos;ID ou le secret du partenaire n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s partner ID and secret. Every failed sign-in counts towards the lockout after five.</source>
        <translation>Vérifiez l&apos;ID et le secret du partenaire de la connexion. Chaque échec de connexion compte pour le blocage après cinq.</translation>
    </message>
    <message>
        <source>A required parameter was missing.</source>
        <translation>Un paramètre obligatoire manquait.</translation>
    </message>
    <message>
        <source>A field of the request was not valid.</source>
        <translation>Un champ de la requête n&apos;était pas valide.</translation>
    </message>
    <message>
        <source>This partner is not authorised for the operation.</source>
        <translation>Ce partenaire n&apos;est pas autorisé pour cette opération.</translation>
    </message>
    <message>
        <source>Ask your administrator which operations the partner may use.</source>
        <translation>Demandez à votre administrateur quelles opérations le partenaire peut utiliser.</translation>
    </message>
    <message>
        <source>The session token was not accepted.</source>
        <translation>Le jeton de session n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>The session token has expired.</source>
        <translation>Le jeton de session a expiré.</translation>
    </message>
    <message>
        <source>The request carried no session token.</source>
        <translation>La requête ne contenait aucun jeton de session.</translation>
    </message>
    <message>
        <source>The request carried no app key.</source>
        <translation>La requête ne contenait aucune clé d&apos;application.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s app key.</source>
        <translation>Vérifiez la clé d&apos;application de la connexion.</translation>
    </message>
    <message>
        <source>The partner was not found.</source>
        <translation>Le partenaire est introuvable.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s partner ID.</source>
        <translation>Vérifiez l&apos;ID du partenaire de la connexion.</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>Ce client n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Check the customer ID; the customer may have been removed.</source>
        <translation>Vérifiez l&apos;ID du client; le client a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>No such institution.</source>
        <translation>Cette institution n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The service rejected the request as malformed.</source>
        <translation>Le service a rejeté la requête comme mal formée.</translation>
    </message>
    <message>
        <source>The customer has no such account.</source>
        <translation>Le client n&apos;a pas ce compte.</translation>
    </message>
    <message>
        <source>Reload the customer: the account may already have been removed.</source>
        <translation>Rechargez le client : le compte a peut-être déjà été supprimé.</translation>
    </message>
    <message>
        <source>The customer has no such institution login.</source>
        <translation>Le client n&apos;a pas cette connexion.</translation>
    </message>
    <message>
        <source>Reload the customer: the login may already have been removed.</source>
        <translation>Rechargez le client : la connexion a peut-être déjà été supprimée.</translation>
    </message>
    <message>
        <source>The customer has no accounts under this institution login.</source>
        <translation>Le client n&apos;a aucun compte sous cette connexion.</translation>
    </message>
    <message>
        <source>The institution rejected the customer&apos;s sign-in credentials.</source>
        <translation>L&apos;institution a refusé les identifiants de connexion du client.</translation>
    </message>
    <message>
        <source>The institution requires the customer to act on its website (for example accept new terms).</source>
        <translation>L&apos;institution exige une action du client sur son site Web (par exemple accepter de nouvelles conditions).</translation>
    </message>
    <message>
        <source>The institution requires the customer to change their password.</source>
        <translation>L&apos;institution exige que le client change son mot de passe.</translation>
    </message>
    <message>
        <source>The institution asked a security question that needs the customer&apos;s answer.</source>
        <translation>L&apos;institution a posé une question de sécurité qui demande la réponse du client.</translation>
    </message>
    <message>
        <source>The answer to the institution&apos;s security question was missing or wrong.</source>
        <translation>La réponse à la question de sécurité de l&apos;institution manquait ou était erronée.</translation>
    </message>
    <message>
        <source>The customer&apos;s authorisation at the institution was revoked or has lapsed.</source>
        <translation>L&apos;autorisation du client auprès de l&apos;institution a été révoquée ou est échue.</translation>
    </message>
    <message>
        <source>The institution&apos;s authorisation for this connection needs renewing.</source>
        <translation>L&apos;autorisation de l&apos;institution pour cette connexion doit être renouvelée.</translation>
    </message>
    <message>
        <source>The institution no longer grants access to these accounts.</source>
        <translation>L&apos;institution ne donne plus accès à ces comptes.</translation>
    </message>
    <message>
        <source>The customer must grant the institution&apos;s consent again.</source>
        <translation>Le client doit accorder de nouveau le consentement de l&apos;institution.</translation>
    </message>
    <message>
        <source>The institution reports that the account can no longer be aggregated.</source>
        <translation>L&apos;institution indique que le compte ne peut plus être agrégé.</translation>
    </message>
    <message>
        <source>The institution no longer shows this account.</source>
        <translation>L&apos;institution n&apos;affiche plus ce compte.</translation>
    </message>
    <message>
        <source>The institution changed how this account is connected.</source>
        <translation>L&apos;institution a changé la façon dont ce compte est connecté.</translation>
    </message>
</context>
<context>
    <name>FixLinkDialog</name>
    <message>
        <source>Fix link for %1</source>
        <translation>Lien de réparation pour %1</translation>
    </message>
    <message>
        <source>%1 · %2: the customer opens this link to repair the connection. It works once.</source>
        <translation>%1 · %2 : le client ouvre ce lien pour réparer la connexion. Il ne fonctionne qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Fix link</source>
        <translation>Lien de réparation</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien :</translation>
    </message>
    <message>
        <source>not stated by the service</source>
        <translation>non indiquée par le service</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire :</translation>
    </message>
    <message>
        <source>&amp;Message for the customer:</source>
        <translation>&amp;Message pour le client :</translation>
    </message>
    <message>
        <source> It works once, until %1.</source>
        <translation> Il ne fonctionne qu&apos;une fois, jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source> It works once.</source>
        <translation> Il ne fonctionne qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Your connection to %1 needs your attention. Please open the link below, sign in to %1 and answer any questions it asks; your accounts will then update again.%2

%3</source>
        <translation>Votre connexion à %1 requiert votre attention. Veuillez ouvrir le lien ci-dessous, vous connecter à %1 et répondre à ses questions; vos comptes se mettront ensuite à jour de nouveau.%2

%3</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>Message pour le client</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <source>Copy &amp;message</source>
        <translation>Copier le &amp;message</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>Le lien est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>Le message est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>GenerateFixConnectUrlJob</name>
    <message>
        <source>The %1 &quot;%2&quot; is not valid: it must be 1 to 20 digits.</source>
        <translation>L&apos;%1 « %2 » n&apos;est pas valide : il doit compter de 1 à 20 chiffres.</translation>
    </message>
</context>
<context>
    <name>GetCustomersJob</name>
    <message>
        <source>The first result must be 1 or more.</source>
        <translation>Le premier résultat doit être 1 ou plus.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 1000.</source>
        <translation>La taille de page doit être entre 1 et 1000.</translation>
    </message>
</context>
<context>
    <name>InstitutionAccountsDialog</name>
    <message>
        <source>Accounts at %1</source>
        <translation>Comptes à %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n active account(s) at %2.</source>
        <translation>
            <numerusform>%1 a %n compte actif à %2.</numerusform>
            <numerusform>%1 a %n comptes actifs à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
</context>
<context>
    <name>InstitutionHealth</name>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>en maintenance</translation>
    </message>
    <message>
        <source>in testing</source>
        <translation>en essai</translation>
    </message>
    <message>
        <source>connection changing</source>
        <translation>connexion en changement</translation>
    </message>
    <message>
        <source>aggregation offline</source>
        <translation>agrégation hors ligne</translation>
    </message>
    <message>
        <source>aggregation degraded</source>
        <translation>agrégation dégradée</translation>
    </message>
    <message>
        <source>The institution</source>
        <translation>L&apos;institution</translation>
    </message>
    <message>
        <source>%1 is offline: the provider cannot reach it now, and a refresh now will fail. Nothing for the customer to fix; try again once it is back online.</source>
        <translation>%1 est hors ligne : le fournisseur ne peut pas la joindre pour l&apos;instant, et une actualisation échouera. Le client n&apos;a rien à corriger; réessayez quand elle sera de retour en ligne.</translation>
    </message>
    <message>
        <source>%1 is in maintenance: a refresh now will probably fail. Tell the customer the bank is unavailable for now; nothing for them to fix.</source>
        <translation>%1 est en maintenance : une actualisation maintenant échouera probablement. Dites au client que la banque est indisponible pour l&apos;instant; il n&apos;a rien à corriger.</translation>
    </message>
    <message>
        <source>%1&apos;s connection is still being tested by the provider (%2): data may be incomplete.</source>
        <translation>La connexion de %1 est encore à l&apos;essai chez le fournisseur (%2) : les données peuvent être incomplètes.</translation>
    </message>
    <message>
        <source>%1&apos;s connection is being changed by the provider (%2): a refresh may fail until it is done.</source>
        <translation>La connexion de %1 est en cours de changement chez le fournisseur (%2) : une actualisation peut échouer d&apos;ici là.</translation>
    </message>
    <message>
        <source>Aggregation from %1 is offline at the provider: a refresh now will fail.</source>
        <translation>L&apos;agrégation depuis %1 est hors ligne chez le fournisseur : une actualisation échouera.</translation>
    </message>
    <message>
        <source>The provider is investigating problems with aggregation from %1: a refresh may fail.</source>
        <translation>Le fournisseur enquête sur des problèmes d&apos;agrégation depuis %1 : une actualisation peut échouer.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>in beta</source>
        <translation>en bêta</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>en migration</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>état inconnu</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>chaîne attendue, reçu %1</translation>
    </message>
    <message>
        <source>expected an id (digits as a string or number), got %1</source>
        <translation>identifiant attendu (chiffres en chaîne ou en nombre), reçu %1</translation>
    </message>
    <message>
        <source>not an id: %1</source>
        <translation>pas un identifiant : %1</translation>
    </message>
    <message>
        <source>not an id (digits as a string or number): %1</source>
        <translation>pas un identifiant (chiffres en chaîne ou en nombre) : %1</translation>
    </message>
    <message>
        <source>epoch seconds out of range</source>
        <translation>secondes epoch hors limites</translation>
    </message>
    <message>
        <source>expected epoch seconds, got %1</source>
        <translation>secondes epoch attendues, reçu %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>nombre attendu, reçu %1</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation>entier hors limites</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>entier attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a boolean, got %1</source>
        <translation>booléen attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, reçu %1</translation>
    </message>
    <message>
        <source>the body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>le corps de %1 octets dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>la réponse était vide</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>objet JSON attendu au premier niveau</translation>
    </message>
</context>
<context>
    <name>LeaveWaitingTabs</name>
    <message>
        <source>Stop waiting for the service?</source>
        <translation>Cesser d&apos;attendre le service?</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) still waiting</source>
        <translation>
            <numerusform>%n requête encore en attente</numerusform>
            <numerusform>%n requêtes encore en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>The console will stop waiting for the answer. The bank may still carry out what was sent; reload the customer later to see the result. The audit log records that you stopped waiting.</source>
        <translation>La console cessera d&apos;attendre la réponse. La banque peut encore exécuter ce qui a été envoyé; rechargez le client plus tard pour voir le résultat. Le journal d&apos;audit indique que vous avez cessé d&apos;attendre.</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Continuer d&apos;attendre</translation>
    </message>
</context>
<context>
    <name>LockoutWarning</name>
    <message>
        <source>Sign in again?</source>
        <translation>Se reconnecter?</translation>
    </message>
    <message>
        <source>%1 · partner %2</source>
        <translation>%1 · partenaire %2</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in has failed %n time(s) in a row. The provider locks the partner out after five failed sign-ins in a row, and only its support can unlock it. Check the partner ID, the secret and the app key in File → Connections before trying again.</source>
        <translation>
            <numerusform>La connexion a échoué %n fois de suite. Le fournisseur bloque le partenaire après cinq échecs de suite, et seul son soutien peut le débloquer. Vérifiez l&apos;ID du partenaire, le secret et la clé d&apos;application dans Fichier → Connexions avant de réessayer.</numerusform>
            <numerusform>La connexion a échoué %n fois de suite. Le fournisseur bloque le partenaire après cinq échecs de suite, et seul son soutien peut le débloquer. Vérifiez l&apos;ID du partenaire, le secret et la clé d&apos;application dans Fichier → Connexions avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to sign in</source>
        <translation>Essayer de se connecter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account Console</source>
        <translation>Console des comptes</translation>
    </message>
    <message>
        <source>Open customers</source>
        <translation>Clients ouverts</translation>
    </message>
    <message>
        <source>Find a customer: name, username or ID</source>
        <translation>Trouver un client : nom, nom d&apos;utilisateur ou ID</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Trouver un client</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Type a name, username or customer ID and press Enter (Ctrl+F)</source>
        <translation>Saisissez un nom, un nom d&apos;utilisateur ou un ID de client et appuyez sur Entrée (Ctrl+F)</translation>
    </message>
    <message>
        <source>Stop waiting and close</source>
        <translation>Cesser d&apos;attendre et fermer</translation>
    </message>
    <message>
        <source>Stop waiting and quit</source>
        <translation>Cesser d&apos;attendre et quitter</translation>
    </message>
    <message>
        <source>Connection: %1%2</source>
        <translation>Connexion : %1%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in failed (%n failure(s) in a row): %1</source>
        <translation>
            <numerusform>La connexion a échoué (%n échec de suite) : %1</numerusform>
            <numerusform>La connexion a échoué (%n échecs de suite) : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting and switch</source>
        <translation>Cesser d&apos;attendre et changer</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Trouver un client</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Refresh &amp;all accounts…</source>
        <translation>Actualiser &amp;tous les comptes…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Refresh &amp;login…</source>
        <translation>Actualiser la &amp;connexion…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Delete access to &amp;account…</source>
        <translation>Supprimer l&apos;accès au &amp;compte…</translation>
    </message>
    <message>
        <source>Delete access to l&amp;ogin…</source>
        <translation>Supprimer l&apos;accès à la c&amp;onnexion…</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>View accounts at &amp;institution</source>
        <translation>Voir les comptes de l&apos;&amp;institution</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Create fi&amp;x link…</source>
        <translation>Créer un lien de ré&amp;paration…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Close customer</source>
        <translation>&amp;Fermer le client</translation>
    </message>
    <message>
        <source>Include &amp;balances in summaries</source>
        <translation>Inclure les &amp;soldes dans les résumés</translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation>Copier le &amp;résumé</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Export accounts…</source>
        <translation>&amp;Exporter les comptes…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Export the visible accounts</source>
        <translation>Exporter les comptes affichés</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>accounts-%1.csv</source>
        <translation>comptes-%1.csv</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>Co&amp;nnexions…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Conn&amp;ect to</source>
        <translation>Se connecter &amp;à</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>&amp;Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Account Console</source>
        <translation>À &amp;propos de la Console des comptes</translation>
    </message>
    <message>
        <source>About Account Console</source>
        <translation>À propos de la Console des comptes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account Console %1&lt;/b&gt;&lt;p&gt;Browse, refresh and delete access to customers&apos; bank accounts through the Finicity account API.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Console des comptes %1&lt;/b&gt;&lt;p&gt;Consulter, actualiser et supprimer l&apos;accès aux comptes bancaires des clients avec l&apos;API de comptes Finicity.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Ouvrez d&apos;abord un client.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message numerus="yes">
        <source>Not signed in · %n failed sign-in(s) in a row</source>
        <translation>
            <numerusform>Non connecté · %n échec de connexion de suite</numerusform>
            <numerusform>Non connecté · %n échecs de connexion de suite</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message numerus="yes">
        <source>Signed in · token %n min old</source>
        <translation>
            <numerusform>Connecté · jeton de %n min</numerusform>
            <numerusform>Connecté · jeton de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Fermer %1</translation>
    </message>
    <message>
        <source>Close %1 (%2)</source>
        <translation>Fermer %1 (%2)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot;…</source>
        <translation>Recherche de « %1 »…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Aucun client ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language: %1. Restart the console to use it.</source>
        <translation>Langue : %1. Redémarrez la console pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Refresh login</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Tout actualiser</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Delete login</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Fix link</source>
        <translation>Lien de réparation</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>&amp;Read-only: hide and refuse every refresh and delete</source>
        <translation>&amp;Lecture seule : masquer et refuser toute actualisation et toute suppression</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Test sign-in</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Each failed sign-in counts towards the provider&apos;s lockout after five in a row.</source>
        <translation>Chaque échec de connexion compte pour le blocage du fournisseur après cinq de suite.</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace</source>
        <translation>gardé dans le trousseau; saisissez pour le remplacer</translation>
    </message>
    <message>
        <source>v1: the answer holds the refreshed accounts</source>
        <translation>v1 : la réponse contient les comptes actualisés</translation>
    </message>
    <message>
        <source>v2 (Data Access Tiers): read the accounts again</source>
        <translation>v2 (Data Access Tiers) : relire les comptes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>&amp;Partner ID:</source>
        <translation>ID du &amp;partenaire :</translation>
    </message>
    <message>
        <source>Partner &amp;secret:</source>
        <translation>&amp;Secret du partenaire :</translation>
    </message>
    <message>
        <source>&amp;App key:</source>
        <translation>Clé d&apos;&amp;application :</translation>
    </message>
    <message>
        <source>Re&amp;fresh with:</source>
        <translation>Ac&amp;tualiser avec :</translation>
    </message>
    <message>
        <source>Read ti&amp;meout:</source>
        <translation>Délai de &amp;lecture :</translation>
    </message>
    <message>
        <source>Refresh tim&amp;eout:</source>
        <translation>Délai d&apos;a&amp;ctualisation :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>ID du partenaire</translation>
    </message>
    <message>
        <source>Partner secret</source>
        <translation>Secret du partenaire</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Clé d&apos;application</translation>
    </message>
    <message>
        <source>Refresh operations</source>
        <translation>Opérations d&apos;actualisation</translation>
    </message>
    <message>
        <source>Read timeout</source>
        <translation>Délai de lecture</translation>
    </message>
    <message>
        <source>Refresh timeout</source>
        <translation>Délai d&apos;actualisation</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>(built in, on 127.0.0.1)</source>
        <translation>(intégré, sur 127.0.0.1)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox&apos;s name.</source>
        <translation>« %1 » est le nom du bac à sable intégré.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved %1; its secrets are in the keychain.</source>
        <translation>%1 enregistré; ses secrets sont dans le trousseau.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Saved %1, but no keychain is available (%2): its secrets are kept in memory for this run only and must be entered again next time.</source>
        <translation>%1 enregistré, mais aucun trousseau n&apos;est disponible (%2) : ses secrets sont gardés en mémoire pour cette session seulement et devront être saisis de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>The built-in sandbox signs in by itself; open it to try it.</source>
        <translation>Le bac à sable intégré se connecte de lui-même; ouvrez-le pour l&apos;essayer.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Enter the partner secret and the app key first.</source>
        <translation>Saisissez d&apos;abord le secret du partenaire et la clé d&apos;application.</translation>
    </message>
    <message>
        <source>Not signed in: nothing was sent.</source>
        <translation>Non connecté : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Signed in to %1 as partner %2.</source>
        <translation>Connecté à %1 comme partenaire %2.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>Delete a connection profile</source>
        <translation>Supprimer un profil de connexion</translation>
    </message>
    <message>
        <source>The profile and its secrets in the keychain will be deleted from this computer. Nothing changes at the service.</source>
        <translation>Le profil et ses secrets dans le trousseau seront supprimés de cet ordinateur. Rien ne change au service.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>le trousseau n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the keychain refused (error %1)</source>
        <translation>le trousseau a refusé (erreur %1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Account Console</source>
        <translation>Console des comptes</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion…</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>all accounts</source>
        <translation>tous les comptes</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (connexion %2)</translation>
    </message>
    <message>
        <source>Refreshing %1 from the bank…</source>
        <translation>Actualisation de %1 auprès de la banque…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>last success %1, last attempt %2</source>
        <translation>dernière réussite %1, dernière tentative %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>bank %1</source>
        <translation>banque %1</translation>
    </message>
    <message>
        <source>this console refreshed it %1 (%2, %3)</source>
        <translation>cette console l&apos;a actualisée %1 (%2, %3)</translation>
    </message>
    <message>
        <source>not refreshed from this console</source>
        <translation>pas actualisée depuis cette console</translation>
    </message>
    <message>
        <source>the audit trail could not be read</source>
        <translation>le journal d&apos;audit n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>%1 · login %2: %3</source>
        <translation>%1 · connexion %2 : %3</translation>
    </message>
    <message>
        <source>This console refreshed %1 (login %2) %3 (%4, %5). Refreshing again so soon rarely brings anything new, and the provider counts repeated refreshes against you.</source>
        <translation>Cette console a actualisé %1 (connexion %2) %3 (%4, %5). Actualiser de nouveau si tôt apporte rarement du nouveau, et le fournisseur tient compte des actualisations répétées.</translation>
    </message>
    <message>
        <source>Refresh anyway</source>
        <translation>Actualiser quand même</translation>
    </message>
    <message>
        <source>Refresh all accounts</source>
        <translation>Actualiser tous les comptes</translation>
    </message>
    <message>
        <source>%1 · all institution logins</source>
        <translation>%1 · toutes les connexions</translation>
    </message>
    <message>
        <source>Refresh an institution login</source>
        <translation>Actualiser une connexion</translation>
    </message>
    <message>
        <source>%1 · %2 · login %3</source>
        <translation>%1 · %2 · connexion %3</translation>
    </message>
    <message numerus="yes">
        <source>The console will ask the bank for fresh data for these %n account(s). This can take up to three minutes. Refreshes are meant to be rare: only refresh when the customer needs data that is current now.</source>
        <translation>
            <numerusform>La console demandera à la banque des données à jour pour ce %n compte. Cela peut prendre jusqu&apos;à trois minutes. Les actualisations doivent rester rares : n&apos;actualisez que si le client a besoin de données à jour maintenant.</numerusform>
            <numerusform>La console demandera à la banque des données à jour pour ces %n comptes. Cela peut prendre jusqu&apos;à trois minutes. Les actualisations doivent rester rares : n&apos;actualisez que si le client a besoin de données à jour maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh %n account(s)</source>
        <translation>
            <numerusform>Actualiser %n compte</numerusform>
            <numerusform>Actualiser %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>What the data and this console&apos;s audit trail say</source>
        <translation>Ce que disent les données et le journal d&apos;audit de cette console</translation>
    </message>
    <message>
        <source>Refreshed %1 in %2.</source>
        <translation>%1 actualisé en %2.</translation>
    </message>
    <message>
        <source>The bank refreshed %1, but reading the accounts again failed: %2</source>
        <translation>La banque a actualisé %1, mais la relecture des comptes a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>sign-in failed earlier; it is not repeated automatically</source>
        <translation>la connexion a échoué plus tôt; elle n&apos;est pas répétée automatiquement</translation>
    </message>
</context>
<context>
    <name>TransportFailure</name>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>la réponse a été coupée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 bytes</source>
        <translation>la réponse a été coupée après %1 octets</translation>
    </message>
    <message>
        <source>the connection was closed after the request was sent, before any answer</source>
        <translation>la connexion a été fermée après l&apos;envoi de la requête, avant toute réponse</translation>
    </message>
    <message>
        <source>the connection was reset or closed before any answer</source>
        <translation>la connexion a été réinitialisée ou fermée avant toute réponse</translation>
    </message>
    <message>
        <source>the answer could not be decompressed</source>
        <translation>la réponse n&apos;a pas pu être décompressée</translation>
    </message>
    <message>
        <source>the answer was malformed (%1)</source>
        <translation>la réponse était mal formée (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Account Console %1: browse, refresh and delete access to customers&apos; bank accounts through the Finicity account API.</source>
        <translation>Console des comptes %1 : consulter, actualiser et supprimer l&apos;accès aux comptes bancaires des clients avec l&apos;API de comptes Finicity.</translation>
    </message>
</context>
</TS>
