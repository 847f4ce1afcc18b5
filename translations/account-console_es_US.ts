<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>AccountCsv</name>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Institution login</source>
        <translation>Conexión con la institución</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Aggregation code</source>
        <translation>Código de agregación</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Balance date (UTC)</source>
        <translation>Fecha del saldo (UTC)</translation>
    </message>
</context>
<context>
    <name>AccountDetailsPanel</name>
    <message>
        <source>&amp;Positions</source>
        <translation>&amp;Posiciones</translation>
    </message>
    <message>
        <source>Create fi&amp;x link…</source>
        <translation>Crear enlace de re&amp;paración…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Detalles de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Valor bursátil</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Market value</source>
        <translation>Valor de mercado</translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation>Costo base</translation>
    </message>
    <message>
        <source>Investment positions</source>
        <translation>Posiciones de inversión</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>Ninguna cuenta seleccionada</translation>
    </message>
    <message>
        <source>Select an account to see its details.</source>
        <translation>Seleccione una cuenta para ver sus detalles.</translation>
    </message>
    <message>
        <source>Create a Connect Fix link for the customer to repair this login</source>
        <translation>Crear un enlace Connect Fix para que el cliente repare esta conexión</translation>
    </message>
    <message>
        <source>Loading account details…</source>
        <translation>Cargando los detalles de la cuenta…</translation>
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
        <translation>ID de la cuenta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Balance date</source>
        <translation>Fecha del saldo</translation>
    </message>
    <message>
        <source>Last successful aggregation</source>
        <translation>Última agregación correcta</translation>
    </message>
    <message>
        <source>Last aggregation attempt</source>
        <translation>Último intento de agregación</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Vinculada</translation>
    </message>
    <message>
        <source>Last transaction</source>
        <translation>Última transacción</translation>
    </message>
    <message>
        <source>Oldest transaction</source>
        <translation>Transacción más antigua</translation>
    </message>
    <message>
        <source>Authorization start</source>
        <translation>Inicio de la autorización</translation>
    </message>
    <message>
        <source>Authorization end</source>
        <translation>Fin de la autorización</translation>
    </message>
    <message>
        <source>Authorization expires</source>
        <translation>La autorización vence</translation>
    </message>
    <message>
        <source>Market segment</source>
        <translation>Segmento de mercado</translation>
    </message>
    <message>
        <source>Institution ID</source>
        <translation>ID de la institución</translation>
    </message>
    <message>
        <source>Institution login ID</source>
        <translation>ID de la conexión con la institución</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <source>Parent account</source>
        <translation>Cuenta principal</translation>
    </message>
    <message>
        <source>Aggregation error %1</source>
        <translation>Error de agregación %1</translation>
    </message>
    <message>
        <source> — succeeded</source>
        <translation> — correcta</translation>
    </message>
    <message>
        <source>Aggregation status</source>
        <translation>Estado de la agregación</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <source>Checking</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Ahorros</translation>
    </message>
    <message>
        <source>Certificate of deposit</source>
        <translation>Certificado de depósito</translation>
    </message>
    <message>
        <source>Money market</source>
        <translation>Mercado monetario</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>Tarjeta de crédito</translation>
    </message>
    <message>
        <source>Line of credit</source>
        <translation>Línea de crédito</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>Inversión</translation>
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
        <translation>Hipoteca</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Préstamo</translation>
    </message>
    <message>
        <source>Student loan</source>
        <translation>Préstamo estudiantil</translation>
    </message>
    <message>
        <source>Brokerage</source>
        <translation>Corretaje</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation>%1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Available balance</source>
        <translation>Saldo disponible</translation>
    </message>
    <message>
        <source>Available cash balance</source>
        <translation>Efectivo disponible</translation>
    </message>
    <message>
        <source>Available credit</source>
        <translation>Crédito disponible</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Límite de crédito</translation>
    </message>
    <message>
        <source>Current balance</source>
        <translation>Saldo actual</translation>
    </message>
    <message>
        <source>Details as of</source>
        <translation>Detalles al</translation>
    </message>
    <message>
        <source>Escrow balance</source>
        <translation>Saldo de la cuenta de depósito en garantía</translation>
    </message>
    <message>
        <source>Interest rate</source>
        <translation>Tasa de interés</translation>
    </message>
    <message>
        <source>Interest this year</source>
        <translation>Intereses este año</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Último pago</translation>
    </message>
    <message>
        <source>Last payment date</source>
        <translation>Fecha del último pago</translation>
    </message>
    <message>
        <source>Loan term type</source>
        <translation>Tipo de plazo del préstamo</translation>
    </message>
    <message>
        <source>Margin allowed</source>
        <translation>Margen permitido</translation>
    </message>
    <message>
        <source>Maturity date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Próximo pago</translation>
    </message>
    <message>
        <source>Next payment date</source>
        <translation>Fecha del próximo pago</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Pago vence</translation>
    </message>
    <message>
        <source>Minimum payment</source>
        <translation>Pago mínimo</translation>
    </message>
    <message>
        <source>Payments made</source>
        <translation>Pagos realizados</translation>
    </message>
    <message>
        <source>Payoff amount</source>
        <translation>Monto de liquidación</translation>
    </message>
    <message>
        <source>Period interest rate</source>
        <translation>Tasa de interés del período</translation>
    </message>
    <message>
        <source>Principal balance</source>
        <translation>Saldo de capital</translation>
    </message>
    <message>
        <source>Vested balance</source>
        <translation>Saldo adquirido</translation>
    </message>
</context>
<context>
    <name>AccountTreeModel</name>
    <message>
        <source>Error %1 · customer fix</source>
        <translation>Error %1 · lo corrige el cliente</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Error %1</translation>
    </message>
    <message>
        <source>Institution %1</source>
        <translation>Institución %1</translation>
    </message>
    <message>
        <source>Error %1: %2 %3</source>
        <translation>Error %1: %2 %3</translation>
    </message>
    <message>
        <source>Error %1.</source>
        <translation>Error %1.</translation>
    </message>
    <message numerus="yes">
        <source>Stale: the last successful aggregation was %1, more than %n day(s) ago.</source>
        <translation>
            <numerusform>Desactualizada: la última agregación correcta fue %1, hace más de %n día.</numerusform>
            <numerusform>Desactualizada: la última agregación correcta fue %1, hace más de %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Accounts: the date of the balance. Institution logins: how long ago the last successful aggregation was (the exact time on hover).</source>
        <translation>Cuentas: la fecha del saldo. Conexiones: cuánto hace de la última agregación correcta (la hora exacta al pasar el cursor).</translation>
    </message>
    <message>
        <source>Institution / account</source>
        <translation>Institución / cuenta</translation>
    </message>
    <message>
        <source>Login / number</source>
        <translation>Conexión / número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Last successful aggregation: %1</source>
        <translation>Última agregación correcta: %1</translation>
    </message>
    <message>
        <source>Login %1</source>
        <translation>Conexión %1</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · stale</source>
        <translation>%1 · desactualizada</translation>
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
        <translation>Cuentas por conexión con la institución</translation>
    </message>
</context>
<context>
    <name>ActionCommand</name>
    <message>
        <source>confirmed &quot;%1&quot;</source>
        <translation>confirmó «%1»</translation>
    </message>
    <message>
        <source>confirmed &quot;%1&quot; after typing %2</source>
        <translation>confirmó «%1» tras escribir %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelado: no se envió nada.</translation>
    </message>
    <message>
        <source>Nothing was sent: you stopped waiting before the request left.</source>
        <translation>No se envió nada: dejó de esperar antes de que saliera la solicitud.</translation>
    </message>
    <message>
        <source>Nothing was sent: the audit trail could not be written (%1).</source>
        <translation>No se envió nada: no se pudo escribir el registro de auditoría (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionRules</name>
    <message>
        <source>This connection is read-only.</source>
        <translation>Esta conexión es de solo lectura.</translation>
    </message>
    <message>
        <source>Wait for the refresh or delete under way to finish.</source>
        <translation>Espere a que termine la actualización o eliminación en curso.</translation>
    </message>
    <message>
        <source>The customer&apos;s accounts have not been read yet.</source>
        <translation>Las cuentas del cliente aún no se han leído.</translation>
    </message>
    <message>
        <source>The customer has no accounts.</source>
        <translation>El cliente no tiene cuentas.</translation>
    </message>
    <message>
        <source>Select one account first.</source>
        <translation>Primero seleccione una cuenta.</translation>
    </message>
    <message>
        <source>Select an institution login or one of its accounts first.</source>
        <translation>Primero seleccione una conexión o una de sus cuentas.</translation>
    </message>
    <message>
        <source>This login has no error the customer can fix through Connect.</source>
        <translation>Esta conexión no tiene ningún error que el cliente pueda corregir con Connect.</translation>
    </message>
</context>
<context>
    <name>AffectedAccounts</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Could not reach the service (%1).</source>
        <translation>No se pudo contactar con el servicio (%1).</translation>
    </message>
    <message>
        <source>The service&apos;s identity could not be verified: %1.</source>
        <translation>No se pudo verificar la identidad del servicio: %1.</translation>
    </message>
    <message>
        <source>The service did not answer in time.</source>
        <translation>El servicio no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The service did not answer in time (%1).</source>
        <translation>El servicio no respondió a tiempo (%1).</translation>
    </message>
    <message>
        <source>The connection to the service was lost (%1).</source>
        <translation>Se perdió la conexión con el servicio (%1).</translation>
    </message>
    <message>
        <source>Stopped waiting for the service.</source>
        <translation>Se dejó de esperar al servicio.</translation>
    </message>
    <message>
        <source>The service&apos;s answer could not be read: %1.</source>
        <translation>No se pudo leer la respuesta del servicio: %1.</translation>
    </message>
    <message>
        <source>%1 (code %2).</source>
        <translation>%1 (código %2).</translation>
    </message>
    <message>
        <source>The service answered with an error</source>
        <translation>El servicio respondió con un error</translation>
    </message>
    <message>
        <source> (HTTP %1, code %2)</source>
        <translation> (HTTP %1, código %2)</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>The service asks to wait %1 s before trying again.</source>
        <translation>El servicio pide esperar %1 s antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The operation may still complete at the service, or it may have carried it out: reload before trying again.</source>
        <translation>La operación aún puede completarse en el servicio, o puede que ya la haya realizado: recargue antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Check the network connection and the connection&apos;s base URL, then try again.</source>
        <translation>Compruebe la conexión de red y la URL base de la conexión, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was sent. Check the base URL, and give these certificate details to your administrator; the console does not connect past a certificate error.</source>
        <translation>No se envió nada. Compruebe la URL base y entregue estos detalles del certificado a su administrador; la consola no se conecta si hay un error de certificado.</translation>
    </message>
    <message>
        <source>What is shown was not updated. Try again; if the service is often this slow, raise the connection&apos;s timeout.</source>
        <translation>Lo que se muestra no se actualizó. Vuelva a intentarlo; si el servicio suele ser tan lento, aumente el tiempo de espera de la conexión.</translation>
    </message>
    <message>
        <source>What is shown was not updated. Try again; if it keeps happening, check the network or the proxy.</source>
        <translation>Lo que se muestra no se actualizó. Vuelva a intentarlo; si sigue ocurriendo, compruebe la red o el proxy.</translation>
    </message>
    <message>
        <source>The operation may still complete at the service; reload to see its result.</source>
        <translation>La operación aún puede completarse en el servicio; recargue para ver su resultado.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, report it with the time and operation.</source>
        <translation>Vuelva a intentarlo; si sigue ocurriendo, infórmelo con la hora y la operación.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Nothing is retried by itself.</source>
        <translation>Nada se reintenta automáticamente.</translation>
    </message>
    <message>
        <source>The service had a problem; try again in a few minutes.</source>
        <translation>El servicio tuvo un problema; vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>If this keeps happening, report it with the time and operation.</source>
        <translation>Si sigue ocurriendo, infórmelo con la hora y la operación.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>There is no connection to the service.</source>
        <translation>No hay conexión con el servicio.</translation>
    </message>
    <message>
        <source>This connection is read-only: refreshing, deleting and creating fix links are turned off.</source>
        <translation>Esta conexión es de solo lectura: la actualización, la eliminación y la creación de enlaces de reparación están desactivadas.</translation>
    </message>
    <message>
        <source> — certificate for %1, issued by %2, valid %3 to %4, SHA-256 %5</source>
        <translation> — certificado para %1, emitido por %2, válido del %3 al %4, SHA-256 %5</translation>
    </message>
    <message>
        <source>waited %1 s</source>
        <translation>se esperó %1 s</translation>
    </message>
    <message>
        <source>the answer exceeds the limit of %1 bytes</source>
        <translation>la respuesta supera el límite de %1 bytes</translation>
    </message>
    <message>
        <source>The service redirected the request, and redirects are not followed</source>
        <translation>El servicio redirigió la solicitud, y las redirecciones no se siguen</translation>
    </message>
</context>
<context>
    <name>AuditEntry</name>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>failed (HTTP %1)</source>
        <translation>falló (HTTP %1)</translation>
    </message>
    <message>
        <source>failed (HTTP %1, code %2)</source>
        <translation>falló (HTTP %1, código %2)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>stopped waiting</source>
        <translation>espera interrumpida</translation>
    </message>
</context>
<context>
    <name>AuditEntryModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Duración (ms)</translation>
    </message>
</context>
<context>
    <name>AuditLogReader</name>
    <message>
        <source>line %1: not a valid audit record (skipped)</source>
        <translation>línea %1: registro de auditoría no válido (omitido)</translation>
    </message>
    <message>
        <source>line %1: an outcome with no intent (skipped)</source>
        <translation>línea %1: un resultado sin intención (omitido)</translation>
    </message>
</context>
<context>
    <name>AuditViewerDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Registros de auditoría</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>Cualquier operación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>O&amp;peración:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Export the filtered audit records</source>
        <translation>Exportar los registros de auditoría filtrados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) in %1.</source>
        <translation>
            <numerusform>%n registro en %1.</numerusform>
            <numerusform>%n registros en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n registro exportado a %1.</numerusform>
            <numerusform>%n registros exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
</context>
<context>
    <name>BaseUrlRule</name>
    <message>
        <source>The base URL is not a valid address.</source>
        <translation>La URL base no es una dirección válida.</translation>
    </message>
    <message>
        <source>The base URL must use https: plain http would send the partner secret, the app key and tokens unencrypted. Only this machine (127.0.0.1, localhost) may use http.</source>
        <translation>La URL base debe usar https: el http simple enviaría el secreto del socio, la clave de aplicación y los tokens sin cifrar. Solo este equipo (127.0.0.1, localhost) puede usar http.</translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation>La URL base debe empezar por https://.</translation>
    </message>
</context>
<context>
    <name>ConfirmActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Institution logins</source>
        <translation>Conexiones con instituciones</translation>
    </message>
    <message>
        <source>Affected accounts</source>
        <translation>Cuentas afectadas</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation>El entorno de pruebas integrado no pudo escuchar en 127.0.0.1.</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1): secrets are kept in memory for this run only.</source>
        <translation>No hay ningún llavero disponible (%1): los secretos se guardan en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No partner secret or app key is stored for %1. Enter them in File → Connections.</source>
        <translation>No hay ningún secreto de socio ni clave de aplicación guardados para %1. Introdúzcalos en Archivo → Conexiones.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Sandbox</source>
        <translation>Entorno de pruebas</translation>
    </message>
</context>
<context>
    <name>CreateFixLinkCommand</name>
    <message>
        <source>Creating a fix link for %1 (login %2)…</source>
        <translation>Creando un enlace de reparación para %1 (conexión %2)…</translation>
    </message>
    <message>
        <source>Create a Connect Fix link</source>
        <translation>Crear un enlace Connect Fix</translation>
    </message>
    <message>
        <source>%1 · %2 · login %3</source>
        <translation>%1 · %2 · conexión %3</translation>
    </message>
    <message>
        <source>The provider creates a single-use link, valid for about two hours, with which the customer signs in to %1 again and answers its questions. Whoever has the link can change this connection: give it to the customer only, through a channel you trust.</source>
        <translation>El proveedor crea un enlace de un solo uso, válido unas dos horas, con el que el cliente vuelve a iniciar sesión en %1 y responde sus preguntas. Quien tenga el enlace puede cambiar esta conexión: entrégueselo solo al cliente, por un canal de confianza.</translation>
    </message>
    <message>
        <source>Why this login needs the customer</source>
        <translation>Por qué esta conexión necesita al cliente</translation>
    </message>
    <message>
        <source>Accounts at this login</source>
        <translation>Cuentas de esta conexión</translation>
    </message>
    <message>
        <source>Create fix link</source>
        <translation>Crear enlace de reparación</translation>
    </message>
    <message>
        <source>Created a fix link for %1 (login %2); it expires %3.</source>
        <translation>Enlace de reparación creado para %1 (conexión %2); vence el %3.</translation>
    </message>
    <message>
        <source>Created a fix link for %1 (login %2).</source>
        <translation>Enlace de reparación creado para %1 (conexión %2).</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <source>Customers matching &quot;%1&quot;</source>
        <translation>Clientes que coinciden con «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n cliente encontrado.</numerusform>
            <numerusform>%n clientes encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1; refine the search to narrow it.</source>
        <translation>Se muestran los primeros %1; afine la búsqueda para acotarla.</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Clientes coincidentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
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
        <translation>error %1</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Customer %1 · %2</source>
        <translation>Cliente %1 · %2</translation>
    </message>
    <message>
        <source>%1, %2 · as of %3</source>
        <translation>%1, %2 · al %3</translation>
    </message>
    <message numerus="yes">
        <source>%n institution login(s)</source>
        <translation>
            <numerusform>%n conexión con una institución</numerusform>
            <numerusform>%n conexiones con instituciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · login %2 · %3</source>
        <translation>%1 · conexión %2 · %3</translation>
    </message>
    <message>
        <source>  Last successful aggregation: %1</source>
        <translation>  Última agregación correcta: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>CustomerTab</name>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Filter by account name, number, type or institution</source>
        <translation>Filtrar por nombre de cuenta, número, tipo o institución</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrar cuentas</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message numerus="yes">
        <source>Institution logins with an aggregation error, with no success for %n day(s) or more, or at an institution that is not online</source>
        <translation>
            <numerusform>Conexiones con un error de agregación, sin éxito desde hace %n día o más, o con una institución fuera de línea</numerusform>
            <numerusform>Conexiones con un error de agregación, sin éxito desde hace %n días o más, o con una institución fuera de línea</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Tipo de cuenta</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Deposit accounts (from the service)</source>
        <translation>Cuentas de depósito (según el servicio)</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>Dejar de &amp;esperar</translation>
    </message>
    <message>
        <source>Stop waiting for the answer. The operation may still complete at the bank.</source>
        <translation>Dejar de esperar la respuesta. La operación aún puede completarse en el banco.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign in again with File → Sign in, then reload.</source>
        <translation>Vuelva a iniciar sesión con Archivo → Iniciar sesión y recargue.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Cargando cuentas…</translation>
    </message>
    <message>
        <source>%1 · customer %2 · %3</source>
        <translation>%1 · cliente %2 · %3</translation>
    </message>
    <message>
        <source>No accounts match the status or type chosen.</source>
        <translation>Ninguna cuenta coincide con el estado o el tipo elegido.</translation>
    </message>
    <message>
        <source>This customer has no linked accounts.</source>
        <translation>Este cliente no tiene cuentas vinculadas.</translation>
    </message>
    <message>
        <source>Could not reload login %1: %2</source>
        <translation>No se pudo recargar la conexión %1: %2</translation>
    </message>
    <message>
        <source>Reloaded login %1.</source>
        <translation>Conexión %1 recargada.</translation>
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
        <translation>El resumen, con los saldos, está en el portapapeles.</translation>
    </message>
    <message>
        <source>The summary (without balances) is on the clipboard.</source>
        <translation>El resumen (sin los saldos) está en el portapapeles.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n cuenta exportada a %1.</numerusform>
            <numerusform>%n cuentas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>No se pudo exportar a %1: %2</translation>
    </message>
    <message>
        <source>&amp;Reload this login</source>
        <translation>&amp;Recargar esta conexión</translation>
    </message>
    <message>
        <source>View accounts at this &amp;institution</source>
        <translation>Ver las cuentas de esta &amp;institución</translation>
    </message>
    <message>
        <source>Re&amp;fresh this login…</source>
        <translation>Ac&amp;tualizar esta conexión…</translation>
    </message>
    <message>
        <source>&amp;Delete access to this account…</source>
        <translation>&amp;Eliminar el acceso a esta cuenta…</translation>
    </message>
    <message>
        <source>Delete access to this &amp;login…</source>
        <translation>Eliminar el acceso a esta &amp;conexión…</translation>
    </message>
    <message>
        <source>Create fi&amp;x link…</source>
        <translation>Crear enlace de re&amp;paración…</translation>
    </message>
</context>
<context>
    <name>DeleteAccessCommand</name>
    <message numerus="yes">
        <source>login %1 at %2 (%n account(s))</source>
        <translation>
            <numerusform>conexión %1 con %2 (%n cuenta)</numerusform>
            <numerusform>conexión %1 con %2 (%n cuentas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 •••• %2 at %3</source>
        <translation>%1 •••• %2 en %3</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <source>Deleting access to login %1…</source>
        <translation>Eliminando el acceso a la conexión %1…</translation>
    </message>
    <message>
        <source>Deleting access to the account…</source>
        <translation>Eliminando el acceso a la cuenta…</translation>
    </message>
    <message>
        <source>Deleting access…</source>
        <translation>Eliminando el acceso…</translation>
    </message>
    <message>
        <source>Delete access to an institution login</source>
        <translation>Eliminar el acceso a una conexión</translation>
    </message>
    <message>
        <source>%1 · %2 · login %3</source>
        <translation>%1 · %2 · conexión %3</translation>
    </message>
    <message numerus="yes">
        <source>The console will no longer receive data for these %n account(s). The customer must link them again to undo this.</source>
        <translation>
            <numerusform>La consola dejará de recibir datos de esta %n cuenta. El cliente tendrá que vincularla de nuevo para deshacerlo.</numerusform>
            <numerusform>La consola dejará de recibir datos de estas %n cuentas. El cliente tendrá que vincularlas de nuevo para deshacerlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete access to %n account(s)</source>
        <translation>
            <numerusform>Eliminar el acceso a %n cuenta</numerusform>
            <numerusform>Eliminar el acceso a %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the login ID %1 to confirm:</source>
        <translation>Escriba el ID de conexión %1 para confirmar:</translation>
    </message>
    <message>
        <source>Delete access to an account</source>
        <translation>Eliminar el acceso a una cuenta</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 •••• %4</source>
        <translation>%1 · %2 · %3 •••• %4</translation>
    </message>
    <message>
        <source>The console will no longer receive data for this account. The customer must link it again to undo this.</source>
        <translation>La consola dejará de recibir datos de esta cuenta. El cliente tendrá que vincularla de nuevo para deshacerlo.</translation>
    </message>
    <message>
        <source>Delete access to 1 account</source>
        <translation>Eliminar el acceso a 1 cuenta</translation>
    </message>
    <message>
        <source>Type the last four digits of the account number (%1) to confirm:</source>
        <translation>Escriba los cuatro últimos dígitos del número de cuenta (%1) para confirmar:</translation>
    </message>
    <message>
        <source>Deleted access to %1.</source>
        <translation>Acceso a %1 eliminado.</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>Refreshed all of the customer&apos;s accounts</source>
        <translation>Actualizó todas las cuentas del cliente</translation>
    </message>
    <message>
        <source>Refreshed an institution login</source>
        <translation>Actualizó una conexión</translation>
    </message>
    <message>
        <source>Refreshed all of the customer&apos;s accounts (v2)</source>
        <translation>Actualizó todas las cuentas del cliente (v2)</translation>
    </message>
    <message>
        <source>Refreshed an institution login (v2)</source>
        <translation>Actualizó una conexión (v2)</translation>
    </message>
    <message>
        <source>Deleted access to an account</source>
        <translation>Eliminó el acceso a una cuenta</translation>
    </message>
    <message>
        <source>Deleted access to an institution login</source>
        <translation>Eliminó el acceso a una conexión</translation>
    </message>
    <message>
        <source>Created a Connect Fix link</source>
        <translation>Creó un enlace Connect Fix</translation>
    </message>
    <message>
        <source>customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <source>account ID</source>
        <translation>ID de la cuenta</translation>
    </message>
    <message>
        <source>institution ID</source>
        <translation>ID de la institución</translation>
    </message>
    <message>
        <source>institution login ID</source>
        <translation>ID de la conexión con la institución</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not valid: it must be 1 to 20 digits.</source>
        <translation>El %1 «%2» no es válido: debe tener de 1 a 20 dígitos.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Ask the customer to repair the connection with the provider&apos;s Connect &quot;Fix&quot; flow; the console cannot fix this.</source>
        <translation>Pida al cliente que repare la conexión con el flujo «Fix» de Connect del proveedor; la consola no puede corregirlo.</translation>
    </message>
    <message>
        <source>Delete access to this institution login and ask the customer to link the accounts again.</source>
        <translation>Elimine el acceso a esta conexión y pida al cliente que vuelva a vincular las cuentas.</translation>
    </message>
    <message>
        <source>The partner ID or partner secret was not accepted.</source>
        <translation>No se aceptó el ID o el secreto del socio.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s partner ID and secret. Every failed sign-in counts towards the lockout after five.</source>
        <translation>Compruebe el ID y el secreto del socio de la conexión. Cada inicio de sesión fallido cuenta para el bloqueo tras cinco.</translation>
    </message>
    <message>
        <source>A required parameter was missing.</source>
        <translation>Faltaba un parámetro obligatorio.</translation>
    </message>
    <message>
        <source>A field of the request was not valid.</source>
        <translation>Un campo de la solicitud no era válido.</translation>
    </message>
    <message>
        <source>This partner is not authorised for the operation.</source>
        <translation>Este socio no está autorizado para la operación.</translation>
    </message>
    <message>
        <source>Ask your administrator which operations the partner may use.</source>
        <translation>Pregunte a su administrador qué operaciones puede usar el socio.</translation>
    </message>
    <message>
        <source>The session token was not accepted.</source>
        <translation>No se aceptó el token de sesión.</translation>
    </message>
    <message>
        <source>The session token has expired.</source>
        <translation>El token de sesión ha vencido.</translation>
    </message>
    <message>
        <source>The request carried no session token.</source>
        <translation>La solicitud no llevaba ningún token de sesión.</translation>
    </message>
    <message>
        <source>The request carried no app key.</source>
        <translation>La solicitud no llevaba ninguna clave de aplicación.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s app key.</source>
        <translation>Compruebe la clave de aplicación de la conexión.</translation>
    </message>
    <message>
        <source>The partner was not found.</source>
        <translation>No se encontró el socio.</translation>
    </message>
    <message>
        <source>Check the connection&apos;s partner ID.</source>
        <translation>Compruebe el ID de socio de la conexión.</translation>
    </message>
    <message>
        <source>No such customer.</source>
        <translation>No existe ese cliente.</translation>
    </message>
    <message>
        <source>Check the customer ID; the customer may have been removed.</source>
        <translation>Compruebe el ID del cliente; puede que el cliente se haya eliminado.</translation>
    </message>
    <message>
        <source>No such institution.</source>
        <translation>No existe esa institución.</translation>
    </message>
    <message>
        <source>The service rejected the request as malformed.</source>
        <translation>El servicio rechazó la solicitud por estar mal formada.</translation>
    </message>
    <message>
        <source>The customer has no such account.</source>
        <translation>El cliente no tiene esa cuenta.</translation>
    </message>
    <message>
        <source>Reload the customer: the account may already have been removed.</source>
        <translation>Recargue el cliente: puede que la cuenta ya se haya eliminado.</translation>
    </message>
    <message>
        <source>The customer has no such institution login.</source>
        <translation>El cliente no tiene esa conexión.</translation>
    </message>
    <message>
        <source>Reload the customer: the login may already have been removed.</source>
        <translation>Recargue el cliente: puede que la conexión ya se haya eliminado.</translation>
    </message>
    <message>
        <source>The customer has no accounts under this institution login.</source>
        <translation>El cliente no tiene cuentas en esta conexión.</translation>
    </message>
    <message>
        <source>The institution rejected the customer&apos;s sign-in credentials.</source>
        <translation>La institución rechazó las credenciales de inicio de sesión del cliente.</translation>
    </message>
    <message>
        <source>The institution requires the customer to act on its website (for example accept new terms).</source>
        <translation>La institución requiere que el cliente actúe en su sitio web (por ejemplo, aceptar nuevas condiciones).</translation>
    </message>
    <message>
        <source>The institution requires the customer to change their password.</source>
        <translation>La institución requiere que el cliente cambie su contraseña.</translation>
    </message>
    <message>
        <source>The institution asked a security question that needs the customer&apos;s answer.</source>
        <translation>La institución hizo una pregunta de seguridad que necesita la respuesta del cliente.</translation>
    </message>
    <message>
        <source>The answer to the institution&apos;s security question was missing or wrong.</source>
        <translation>La respuesta a la pregunta de seguridad de la institución faltaba o era incorrecta.</translation>
    </message>
    <message>
        <source>The customer&apos;s authorisation at the institution was revoked or has lapsed.</source>
        <translation>La autorización del cliente en la institución se revocó o venció.</translation>
    </message>
    <message>
        <source>The institution&apos;s authorisation for this connection needs renewing.</source>
        <translation>La autorización de la institución para esta conexión debe renovarse.</translation>
    </message>
    <message>
        <source>The institution no longer grants access to these accounts.</source>
        <translation>La institución ya no da acceso a estas cuentas.</translation>
    </message>
    <message>
        <source>The customer must grant the institution&apos;s consent again.</source>
        <translation>El cliente debe volver a dar el consentimiento de la institución.</translation>
    </message>
    <message>
        <source>The institution reports that the account can no longer be aggregated.</source>
        <translation>La institución indica que la cuenta ya no se puede agregar.</translation>
    </message>
    <message>
        <source>The institution no longer shows this account.</source>
        <translation>La institución ya no muestra esta cuenta.</translation>
    </message>
    <message>
        <source>The institution changed how this account is connected.</source>
        <translation>La institución cambió cómo está conectada esta cuenta.</translation>
    </message>
</context>
<context>
    <name>FixLinkDialog</name>
    <message>
        <source>Fix link for %1</source>
        <translation>Enlace de reparación para %1</translation>
    </message>
    <message>
        <source>%1 · %2: the customer opens this link to repair the connection. It works once.</source>
        <translation>%1 · %2: el cliente abre este enlace para reparar la conexión. Funciona una sola vez.</translation>
    </message>
    <message>
        <source>Fix link</source>
        <translation>Enlace de reparación</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Enlace:</translation>
    </message>
    <message>
        <source>not stated by the service</source>
        <translation>no indicada por el servicio</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>&amp;Message for the customer:</source>
        <translation>&amp;Mensaje para el cliente:</translation>
    </message>
    <message>
        <source> It works once, until %1.</source>
        <translation> Funciona una sola vez, hasta el %1.</translation>
    </message>
    <message>
        <source> It works once.</source>
        <translation> Funciona una sola vez.</translation>
    </message>
    <message>
        <source>Your connection to %1 needs your attention. Please open the link below, sign in to %1 and answer any questions it asks; your accounts will then update again.%2

%3</source>
        <translation>Su conexión con %1 requiere su atención. Abra el enlace a continuación, inicie sesión en %1 y responda las preguntas que le haga; sus cuentas volverán a actualizarse.%2

%3</translation>
    </message>
    <message>
        <source>Message for the customer</source>
        <translation>Mensaje para el cliente</translation>
    </message>
    <message>
        <source>Copy &amp;link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <source>Copy &amp;message</source>
        <translation>Copiar &amp;mensaje</translation>
    </message>
    <message>
        <source>The link is on the clipboard.</source>
        <translation>El enlace está en el portapapeles.</translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>El mensaje está en el portapapeles.</translation>
    </message>
</context>
<context>
    <name>GenerateFixConnectUrlJob</name>
    <message>
        <source>The %1 &quot;%2&quot; is not valid: it must be 1 to 20 digits.</source>
        <translation>El %1 «%2» no es válido: debe tener de 1 a 20 dígitos.</translation>
    </message>
</context>
<context>
    <name>GetCustomersJob</name>
    <message>
        <source>The first result must be 1 or more.</source>
        <translation>El primer resultado debe ser 1 o más.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and 1000.</source>
        <translation>El tamaño de página debe estar entre 1 y 1000.</translation>
    </message>
</context>
<context>
    <name>InstitutionAccountsDialog</name>
    <message>
        <source>Accounts at %1</source>
        <translation>Cuentas en %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n active account(s) at %2.</source>
        <translation>
            <numerusform>%1 tiene %n cuenta activa en %2.</numerusform>
            <numerusform>%1 tiene %n cuentas activas en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>InstitutionHealth</name>
    <message>
        <source>offline</source>
        <translation>fuera de línea</translation>
    </message>
    <message>
        <source>in maintenance</source>
        <translation>en mantenimiento</translation>
    </message>
    <message>
        <source>in testing</source>
        <translation>en pruebas</translation>
    </message>
    <message>
        <source>connection changing</source>
        <translation>conexión en cambio</translation>
    </message>
    <message>
        <source>aggregation offline</source>
        <translation>agregación fuera de línea</translation>
    </message>
    <message>
        <source>aggregation degraded</source>
        <translation>agregación degradada</translation>
    </message>
    <message>
        <source>The institution</source>
        <translation>La institución</translation>
    </message>
    <message>
        <source>%1 is offline: the provider cannot reach it now, and a refresh now will fail. Nothing for the customer to fix; try again once it is back online.</source>
        <translation>%1 está fuera de línea: el proveedor no puede contactarla ahora, y una actualización fallará. El cliente no tiene nada que corregir; vuelva a intentarlo cuando vuelva a estar en línea.</translation>
    </message>
    <message>
        <source>%1 is in maintenance: a refresh now will probably fail. Tell the customer the bank is unavailable for now; nothing for them to fix.</source>
        <translation>%1 está en mantenimiento: una actualización ahora probablemente fallará. Dígale al cliente que el banco no está disponible por ahora; no tiene nada que corregir.</translation>
    </message>
    <message>
        <source>%1&apos;s connection is still being tested by the provider (%2): data may be incomplete.</source>
        <translation>La conexión de %1 aún está en pruebas en el proveedor (%2): los datos pueden estar incompletos.</translation>
    </message>
    <message>
        <source>%1&apos;s connection is being changed by the provider (%2): a refresh may fail until it is done.</source>
        <translation>El proveedor está cambiando la conexión de %1 (%2): una actualización puede fallar hasta que termine.</translation>
    </message>
    <message>
        <source>Aggregation from %1 is offline at the provider: a refresh now will fail.</source>
        <translation>La agregación desde %1 está fuera de línea en el proveedor: una actualización fallará.</translation>
    </message>
    <message>
        <source>The provider is investigating problems with aggregation from %1: a refresh may fail.</source>
        <translation>El proveedor está investigando problemas de agregación desde %1: una actualización puede fallar.</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>in beta</source>
        <translation>en beta</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validada</translation>
    </message>
    <message>
        <source>migrating</source>
        <translation>en migración</translation>
    </message>
    <message>
        <source>status unknown</source>
        <translation>estado desconocido</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena, se recibió %1</translation>
    </message>
    <message>
        <source>expected an id (digits as a string or number), got %1</source>
        <translation>se esperaba un identificador (dígitos como cadena o número), se recibió %1</translation>
    </message>
    <message>
        <source>not an id: %1</source>
        <translation>no es un identificador: %1</translation>
    </message>
    <message>
        <source>not an id (digits as a string or number): %1</source>
        <translation>no es un identificador (dígitos como cadena o número): %1</translation>
    </message>
    <message>
        <source>epoch seconds out of range</source>
        <translation>segundos epoch fuera de rango</translation>
    </message>
    <message>
        <source>expected epoch seconds, got %1</source>
        <translation>se esperaban segundos epoch, se recibió %1</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>se esperaba un número, se recibió %1</translation>
    </message>
    <message>
        <source>integer out of range</source>
        <translation>entero fuera de rango</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>se esperaba un entero, se recibió %1</translation>
    </message>
    <message>
        <source>expected a boolean, got %1</source>
        <translation>se esperaba un booleano, se recibió %1</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba una lista, se recibió %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>se esperaba un objeto, se recibió %1</translation>
    </message>
    <message>
        <source>the body of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>el cuerpo de %1 bytes supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>la respuesta estaba vacía</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
</context>
<context>
    <name>LeaveWaitingTabs</name>
    <message>
        <source>Stop waiting for the service?</source>
        <translation>¿Dejar de esperar al servicio?</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) still waiting</source>
        <translation>
            <numerusform>%n solicitud aún en espera</numerusform>
            <numerusform>%n solicitudes aún en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>The console will stop waiting for the answer. The bank may still carry out what was sent; reload the customer later to see the result. The audit log records that you stopped waiting.</source>
        <translation>La consola dejará de esperar la respuesta. El banco aún puede realizar lo que se envió; recargue el cliente más tarde para ver el resultado. El registro de auditoría anota que dejó de esperar.</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Seguir esperando</translation>
    </message>
</context>
<context>
    <name>LockoutWarning</name>
    <message>
        <source>Sign in again?</source>
        <translation>¿Volver a iniciar sesión?</translation>
    </message>
    <message>
        <source>%1 · partner %2</source>
        <translation>%1 · socio %2</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in has failed %n time(s) in a row. The provider locks the partner out after five failed sign-ins in a row, and only its support can unlock it. Check the partner ID, the secret and the app key in File → Connections before trying again.</source>
        <translation>
            <numerusform>El inicio de sesión ha fallado %n vez seguida. El proveedor bloquea al socio tras cinco fallos seguidos, y solo su soporte puede desbloquearlo. Compruebe el ID de socio, el secreto y la clave de aplicación en Archivo → Conexiones antes de volver a intentarlo.</numerusform>
            <numerusform>El inicio de sesión ha fallado %n veces seguidas. El proveedor bloquea al socio tras cinco fallos seguidos, y solo su soporte puede desbloquearlo. Compruebe el ID de socio, el secreto y la clave de aplicación en Archivo → Conexiones antes de volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Try to sign in</source>
        <translation>Intentar iniciar sesión</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Account Console</source>
        <translation>Consola de cuentas</translation>
    </message>
    <message>
        <source>Open customers</source>
        <translation>Clientes abiertos</translation>
    </message>
    <message>
        <source>Find a customer: name, username or ID</source>
        <translation>Buscar un cliente: nombre, usuario o ID</translation>
    </message>
    <message>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Type a name, username or customer ID and press Enter (Ctrl+F)</source>
        <translation>Escriba un nombre, un usuario o un ID de cliente y pulse Intro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Stop waiting and close</source>
        <translation>Dejar de esperar y cerrar</translation>
    </message>
    <message>
        <source>Stop waiting and quit</source>
        <translation>Dejar de esperar y salir</translation>
    </message>
    <message>
        <source>Connection: %1%2</source>
        <translation>Conexión: %1%2</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in failed (%n failure(s) in a row): %1</source>
        <translation>
            <numerusform>El inicio de sesión falló (%n fallo seguido): %1</numerusform>
            <numerusform>El inicio de sesión falló (%n fallos seguidos): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting and switch</source>
        <translation>Dejar de esperar y cambiar</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Refresh &amp;all accounts…</source>
        <translation>Actualizar &amp;todas las cuentas…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Refresh &amp;login…</source>
        <translation>Actualizar la &amp;conexión…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Delete access to &amp;account…</source>
        <translation>Eliminar el acceso a la &amp;cuenta…</translation>
    </message>
    <message>
        <source>Delete access to l&amp;ogin…</source>
        <translation>Eliminar el acceso a la c&amp;onexión…</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>View accounts at &amp;institution</source>
        <translation>Ver las cuentas de la &amp;institución</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Create fi&amp;x link…</source>
        <translation>Crear enlace de re&amp;paración…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Close customer</source>
        <translation>&amp;Cerrar cliente</translation>
    </message>
    <message>
        <source>Include &amp;balances in summaries</source>
        <translation>Incluir los &amp;saldos en los resúmenes</translation>
    </message>
    <message>
        <source>Copy &amp;summary</source>
        <translation>Copiar el &amp;resumen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Export accounts…</source>
        <translation>&amp;Exportar cuentas…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Export the visible accounts</source>
        <translation>Exportar las cuentas visibles</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>accounts-%1.csv</source>
        <translation>cuentas-%1.csv</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Co&amp;nnections…</source>
        <translation>Co&amp;nexiones…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Conn&amp;ect to</source>
        <translation>Conec&amp;tar a</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Account Console</source>
        <translation>&amp;Acerca de la Consola de cuentas</translation>
    </message>
    <message>
        <source>About Account Console</source>
        <translation>Acerca de la Consola de cuentas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Account Console %1&lt;/b&gt;&lt;p&gt;Browse, refresh and delete access to customers&apos; bank accounts through the Finicity account API.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Consola de cuentas %1&lt;/b&gt;&lt;p&gt;Consultar, actualizar y eliminar el acceso a las cuentas bancarias de los clientes con la API de cuentas de Finicity.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open a customer first.</source>
        <translation>Primero abra un cliente.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message numerus="yes">
        <source>Not signed in · %n failed sign-in(s) in a row</source>
        <translation>
            <numerusform>Sin sesión · %n inicio de sesión fallido seguido</numerusform>
            <numerusform>Sin sesión · %n inicios de sesión fallidos seguidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión</translation>
    </message>
    <message numerus="yes">
        <source>Signed in · token %n min old</source>
        <translation>
            <numerusform>Sesión iniciada · token de %n min</numerusform>
            <numerusform>Sesión iniciada · token de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Close %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <source>Close %1 (%2)</source>
        <translation>Cerrar %1 (%2)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <source>Searching for &quot;%1&quot;…</source>
        <translation>Buscando «%1»…</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language: %1. Restart the console to use it.</source>
        <translation>Idioma: %1. Reinicie la consola para usarlo.</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Refresh login</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Actualizar todo</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar la cuenta</translation>
    </message>
    <message>
        <source>Delete login</source>
        <translation>Eliminar la conexión</translation>
    </message>
    <message>
        <source>Fix link</source>
        <translation>Enlace de reparación</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>&amp;Read-only: hide and refuse every refresh and delete</source>
        <translation>&amp;Solo lectura: ocultar y rechazar toda actualización y eliminación</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Test sign-in</source>
        <translation>&amp;Probar el inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Each failed sign-in counts towards the provider&apos;s lockout after five in a row.</source>
        <translation>Cada inicio de sesión fallido cuenta para el bloqueo del proveedor tras cinco seguidos.</translation>
    </message>
    <message>
        <source>kept in the keychain; type to replace</source>
        <translation>guardado en el llavero; escriba para reemplazarlo</translation>
    </message>
    <message>
        <source>v1: the answer holds the refreshed accounts</source>
        <translation>v1: la respuesta contiene las cuentas actualizadas</translation>
    </message>
    <message>
        <source>v2 (Data Access Tiers): read the accounts again</source>
        <translation>v2 (Data Access Tiers): volver a leer las cuentas</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Partner ID:</source>
        <translation>ID de &amp;socio:</translation>
    </message>
    <message>
        <source>Partner &amp;secret:</source>
        <translation>&amp;Secreto del socio:</translation>
    </message>
    <message>
        <source>&amp;App key:</source>
        <translation>Clave de &amp;aplicación:</translation>
    </message>
    <message>
        <source>Re&amp;fresh with:</source>
        <translation>Ac&amp;tualizar con:</translation>
    </message>
    <message>
        <source>Read ti&amp;meout:</source>
        <translation>Tiempo de espera de &amp;lectura:</translation>
    </message>
    <message>
        <source>Refresh tim&amp;eout:</source>
        <translation>Tiempo de espera de a&amp;ctualización:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Partner ID</source>
        <translation>ID de socio</translation>
    </message>
    <message>
        <source>Partner secret</source>
        <translation>Secreto del socio</translation>
    </message>
    <message>
        <source>App key</source>
        <translation>Clave de aplicación</translation>
    </message>
    <message>
        <source>Refresh operations</source>
        <translation>Operaciones de actualización</translation>
    </message>
    <message>
        <source>Read timeout</source>
        <translation>Tiempo de espera de lectura</translation>
    </message>
    <message>
        <source>Refresh timeout</source>
        <translation>Tiempo de espera de actualización</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>(built in, on 127.0.0.1)</source>
        <translation>(integrado, en 127.0.0.1)</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the built-in sandbox&apos;s name.</source>
        <translation>«%1» es el nombre del entorno de pruebas integrado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved %1; its secrets are in the keychain.</source>
        <translation>%1 guardado; sus secretos están en el llavero.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Saved %1, but no keychain is available (%2): its secrets are kept in memory for this run only and must be entered again next time.</source>
        <translation>%1 guardado, pero no hay ningún llavero disponible (%2): sus secretos se guardan en memoria solo durante esta sesión y habrá que introducirlos de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>The built-in sandbox signs in by itself; open it to try it.</source>
        <translation>El entorno de pruebas integrado inicia sesión solo; ábralo para probarlo.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Enter the partner secret and the app key first.</source>
        <translation>Primero introduzca el secreto del socio y la clave de aplicación.</translation>
    </message>
    <message>
        <source>Not signed in: nothing was sent.</source>
        <translation>Sin sesión: no se envió nada.</translation>
    </message>
    <message>
        <source>Signed in to %1 as partner %2.</source>
        <translation>Sesión iniciada en %1 como socio %2.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>El inicio de sesión falló: %1</translation>
    </message>
    <message>
        <source>Delete a connection profile</source>
        <translation>Eliminar un perfil de conexión</translation>
    </message>
    <message>
        <source>The profile and its secrets in the keychain will be deleted from this computer. Nothing changes at the service.</source>
        <translation>El perfil y sus secretos del llavero se eliminarán de este equipo. No cambia nada en el servicio.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>the keychain did not answer in time</source>
        <translation>el llavero no respondió a tiempo</translation>
    </message>
    <message>
        <source>the keychain refused (error %1)</source>
        <translation>el llavero lo rechazó (error %1)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Account Console</source>
        <translation>Consola de cuentas</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>conectando…</translation>
    </message>
</context>
<context>
    <name>RefreshCommand</name>
    <message>
        <source>all accounts</source>
        <translation>todas las cuentas</translation>
    </message>
    <message>
        <source>%1 (login %2)</source>
        <translation>%1 (conexión %2)</translation>
    </message>
    <message>
        <source>Refreshing %1 from the bank…</source>
        <translation>Actualizando %1 desde el banco…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>last success %1, last attempt %2</source>
        <translation>último éxito %1, último intento %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>bank %1</source>
        <translation>banco %1</translation>
    </message>
    <message>
        <source>this console refreshed it %1 (%2, %3)</source>
        <translation>esta consola la actualizó %1 (%2, %3)</translation>
    </message>
    <message>
        <source>not refreshed from this console</source>
        <translation>no actualizada desde esta consola</translation>
    </message>
    <message>
        <source>the audit trail could not be read</source>
        <translation>no se pudo leer el registro de auditoría</translation>
    </message>
    <message>
        <source>%1 · login %2: %3</source>
        <translation>%1 · conexión %2: %3</translation>
    </message>
    <message>
        <source>This console refreshed %1 (login %2) %3 (%4, %5). Refreshing again so soon rarely brings anything new, and the provider counts repeated refreshes against you.</source>
        <translation>Esta consola actualizó %1 (conexión %2) %3 (%4, %5). Volver a actualizar tan pronto rara vez aporta algo nuevo, y el proveedor tiene en cuenta las actualizaciones repetidas.</translation>
    </message>
    <message>
        <source>Refresh anyway</source>
        <translation>Actualizar de todos modos</translation>
    </message>
    <message>
        <source>Refresh all accounts</source>
        <translation>Actualizar todas las cuentas</translation>
    </message>
    <message>
        <source>%1 · all institution logins</source>
        <translation>%1 · todas las conexiones</translation>
    </message>
    <message>
        <source>Refresh an institution login</source>
        <translation>Actualizar una conexión</translation>
    </message>
    <message>
        <source>%1 · %2 · login %3</source>
        <translation>%1 · %2 · conexión %3</translation>
    </message>
    <message numerus="yes">
        <source>The console will ask the bank for fresh data for these %n account(s). This can take up to three minutes. Refreshes are meant to be rare: only refresh when the customer needs data that is current now.</source>
        <translation>
            <numerusform>La consola pedirá al banco datos nuevos de esta %n cuenta. Puede tardar hasta tres minutos. Las actualizaciones deben ser poco frecuentes: actualice solo si el cliente necesita datos al día ahora.</numerusform>
            <numerusform>La consola pedirá al banco datos nuevos de estas %n cuentas. Puede tardar hasta tres minutos. Las actualizaciones deben ser poco frecuentes: actualice solo si el cliente necesita datos al día ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refresh %n account(s)</source>
        <translation>
            <numerusform>Actualizar %n cuenta</numerusform>
            <numerusform>Actualizar %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>What the data and this console&apos;s audit trail say</source>
        <translation>Lo que dicen los datos y el registro de auditoría de esta consola</translation>
    </message>
    <message>
        <source>Refreshed %1 in %2.</source>
        <translation>%1 actualizado en %2.</translation>
    </message>
    <message>
        <source>The bank refreshed %1, but reading the accounts again failed: %2</source>
        <translation>El banco actualizó %1, pero volver a leer las cuentas falló: %2</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>sign-in failed earlier; it is not repeated automatically</source>
        <translation>el inicio de sesión falló antes; no se repite automáticamente</translation>
    </message>
</context>
<context>
    <name>TransportFailure</name>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>la respuesta se cortó tras %1 de %2 bytes</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 bytes</source>
        <translation>la respuesta se cortó tras %1 bytes</translation>
    </message>
    <message>
        <source>the connection was closed after the request was sent, before any answer</source>
        <translation>la conexión se cerró después de enviar la solicitud, antes de cualquier respuesta</translation>
    </message>
    <message>
        <source>the connection was reset or closed before any answer</source>
        <translation>la conexión se restableció o se cerró antes de cualquier respuesta</translation>
    </message>
    <message>
        <source>the answer could not be decompressed</source>
        <translation>no se pudo descomprimir la respuesta</translation>
    </message>
    <message>
        <source>the answer was malformed (%1)</source>
        <translation>la respuesta estaba mal formada (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Account Console %1: browse, refresh and delete access to customers&apos; bank accounts through the Finicity account API.</source>
        <translation>Consola de cuentas %1: consultar, actualizar y eliminar el acceso a las cuentas bancarias de los clientes con la API de cuentas de Finicity.</translation>
    </message>
</context>
</TS>
