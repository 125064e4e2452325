<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About the program</source>
            <translation>About the program</translation>
        </message>
        <message>
            <source>eHealth registration of a medical practice</source>
            <translation>eHealth registration of a medical practice</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Environment: the sandbox (practice, nothing is really registered)</source>
            <translation>Environment: the sandbox (practice, nothing is really registered)</translation>
        </message>
        <message>
            <source>Environment: eHealth {name} ({host})</source>
            <translation>Environment: eHealth {name} ({host})</translation>
        </message>
        <message>
            <source>Provided by {vendor}</source>
            <translation>Provided by {vendor}</translation>
        </message>
        <message>
            <source>Support:</source>
            <translation>Support:</translation>
        </message>
        <message>
            <source>Free software under the {licence} licence.</source>
            <translation>Free software under the {licence} licence.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
    </context>
    <context>
        <name>CredentialsPanel</name>
        <message>
            <source>Send to the MIS</source>
            <translation>Send to the MIS</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Save to a file…</source>
            <translation>Save to a file…</translation>
        </message>
        <message>
            <source>eHealth issued the facility's access credentials (client id and secret) once. Send them to your medical information system (MIS) at {host}?</source>
            <translation>eHealth issued the facility's access credentials (client id and secret) once. Send them to your medical information system (MIS) at {host}?</translation>
        </message>
        <message>
            <source>The facility's access secret is kept in this computer's secure password store.</source>
            <translation>The facility's access secret is kept in this computer's secure password store.</translation>
        </message>
        <message>
            <source>eHealth shows the facility's access credentials only once and this computer has no secure store for them. Copy them or save them to a file now and give them to your MIS; they are not shown again.</source>
            <translation>eHealth shows the facility's access credentials only once and this computer has no secure store for them. Copy them or save them to a file now and give them to your MIS; they are not shown again.</translation>
        </message>
        <message>
            <source>Sending to the MIS…</source>
            <translation>Sending to the MIS…</translation>
        </message>
        <message>
            <source>Handed to your MIS: it answered HTTP {status} (reference {reference}).</source>
            <translation>Handed to your MIS: it answered HTTP {status} (reference {reference}).</translation>
        </message>
        <message>
            <source>The MIS did not take them: {reason}</source>
            <translation>The MIS did not take them: {reason}</translation>
        </message>
        <message>
            <source>Save the facility's access credentials</source>
            <translation>Save the facility's access credentials</translation>
        </message>
        <message>
            <source>Saved to {path} (only you can read the file).</source>
            <translation>Saved to {path} (only you can read the file).</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>The sandbox is still starting; try again in a few seconds.</source>
            <translation>The sandbox is still starting; try again in a few seconds.</translation>
        </message>
        <message>
            <source>Preparing the demo facility and key…</source>
            <translation>Preparing the demo facility and key…</translation>
        </message>
        <message>
            <source>Done: the form is filled in and a demo key is ready (its password is typed in for you). Press Next.</source>
            <translation>Done: the form is filled in and a demo key is ready (its password is typed in for you). Press Next.</translation>
        </message>
    </context>
    <context>
        <name>DirectorPage</name>
        <message>
            <source>female</source>
            <translation>female</translation>
        </message>
        <message>
            <source>male</source>
            <translation>male</translation>
        </message>
        <message>
            <source>Head of the facility</source>
            <translation>Head of the facility</translation>
        </message>
        <message>
            <source>The person who signs with their qualified key. Names exactly as in the passport, in Ukrainian.</source>
            <translation>The person who signs with their qualified key. Names exactly as in the passport, in Ukrainian.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Pick a date from the calendar</source>
            <translation>Pick a date from the calendar</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Last name</translation>
        </message>
        <message>
            <source>e.g. Коваленко</source>
            <translation>e.g. Коваленко</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>First name</translation>
        </message>
        <message>
            <source>e.g. Олена</source>
            <translation>e.g. Олена</translation>
        </message>
        <message>
            <source>Patronymic</source>
            <translation>Patronymic</translation>
        </message>
        <message>
            <source>e.g. Петрівна</source>
            <translation>e.g. Петрівна</translation>
        </message>
        <message>
            <source>Tax number (RNOKPP)</source>
            <translation>Tax number (RNOKPP)</translation>
        </message>
        <message>
            <source>10 digits, from the tax number card.</source>
            <translation>10 digits, from the tax number card.</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Day.month.year, e.g. 19.08.1981</source>
            <translation>Day.month.year, e.g. 19.08.1981</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Series and number</source>
            <translation>Series and number</translation>
        </message>
        <message>
            <source>e.g. МЕ123456 or 001234567</source>
            <translation>e.g. МЕ123456 or 001234567</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>e.g. 8012</source>
            <translation>e.g. 8012</translation>
        </message>
        <message>
            <source>Date issued</source>
            <translation>Date issued</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>eHealth sends the invitation to this address. Use one you read.</source>
            <translation>eHealth sends the invitation to this address. Use one you read.</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobile phone</translation>
        </message>
        <message>
            <source>10 digits starting with 0, e.g. 067 123 45 67</source>
            <translation>10 digits starting with 0, e.g. 067 123 45 67</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <source>Sent! One more step for you</source>
            <translation>Sent! One more step for you</translation>
        </message>
        <message>
            <source>eHealth accepted the registration.</source>
            <translation>eHealth accepted the registration.</translation>
        </message>
        <message>
            <source>Open the sandbox mailbox</source>
            <translation>Open the sandbox mailbox</translation>
        </message>
        <message>
            <source>After you accept the invitation:</source>
            <translation>After you accept the invitation:</translation>
        </message>
        <message>
            <source>You can close the program now: these steps are checked again when you choose “Follow a registration I have already sent” on the first page.</source>
            <translation>You can close the program now: these steps are checked again when you choose “Follow a registration I have already sent” on the first page.</translation>
        </message>
        <message>
            <source>eHealth has sent an invitation to {email}. Open that e-mail, follow the link and confirm it before it expires; then you sign in to eHealth as the head of the facility and can add doctors. The status below updates by itself.</source>
            <translation>eHealth has sent an invitation to {email}. Open that e-mail, follow the link and confirm it before it expires; then you sign in to eHealth as the head of the facility and can add doctors. The status below updates by itself.</translation>
        </message>
        <message>
            <source>eHealth keeps the invitation open until {when}.</source>
            <translation>eHealth keeps the invitation open until {when}.</translation>
        </message>
        <message>
            <source>The link in the e-mail: {link}
It is valid until {when}.</source>
            <translation>The link in the e-mail: {link}
It is valid until {when}.</translation>
        </message>
        <message>
            <source>waiting for your confirmation</source>
            <translation>waiting for your confirmation</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>Done! The facility is registered in eHealth</source>
            <translation>Done! The facility is registered in eHealth</translation>
        </message>
        <message>
            <source>The invitation is accepted and the facility is in the eHealth registry. You can now sign in to eHealth as the head of the facility and add doctors.</source>
            <translation>The invitation is accepted and the facility is in the eHealth registry. You can now sign in to eHealth as the head of the facility and add doctors.</translation>
        </message>
        <message>
            <source>The status could not be checked just now: {reason} Your registration is not affected; follow it again later from the first page.</source>
            <translation>The status could not be checked just now: {reason} Your registration is not affected; follow it again later from the first page.</translation>
        </message>
        <message>
            <source>Your facility's id in eHealth:</source>
            <translation>Your facility's id in eHealth:</translation>
        </message>
        <message>
            <source>Save the receipt (PDF)</source>
            <translation>Save the receipt (PDF)</translation>
        </message>
        <message>
            <source>Save the signed file</source>
            <translation>Save the signed file</translation>
        </message>
        <message>
            <source>Copy the link</source>
            <translation>Copy the link</translation>
        </message>
        <message>
            <source>Save the receipt</source>
            <translation>Save the receipt</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Preparing the receipt…</source>
            <translation>Preparing the receipt…</translation>
        </message>
        <message>
            <source>The receipt is saved: {path}</source>
            <translation>The receipt is saved: {path}</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>The file could not be saved: {reason}</translation>
        </message>
        <message>
            <source>Signed files (*.p7s)</source>
            <translation>Signed files (*.p7s)</translation>
        </message>
        <message>
            <source>The signed file is saved: {path}</source>
            <translation>The signed file is saved: {path}</translation>
        </message>
        <message>
            <source>No web browser opened. The sandbox mailbox is at: {link}</source>
            <translation>No web browser opened. The sandbox mailbox is at: {link}</translation>
        </message>
    </context>
    <context>
        <name>ExternalPanel</name>
        <message>
            <source>Sign with a cloud key or another program</source>
            <translation>Sign with a cloud key or another program</translation>
        </message>
        <message>
            <source>I accept the public offer of eHealth and confirm that the data are correct.</source>
            <translation>I accept the public offer of eHealth and confirm that the data are correct.</translation>
        </message>
        <message>
            <source>1. Save the file to sign…</source>
            <translation>1. Save the file to sign…</translation>
        </message>
        <message>
            <source>Open czo.gov.ua/sign</source>
            <translation>Open czo.gov.ua/sign</translation>
        </message>
        <message>
            <source>For a cloud key (PrivatBank SmartID, Vchasno, DepositSign, CloudKey, Diia.Signature…) or any other signing program: the program saves the registration as a file, you sign it on the state signing page and bring the signed file back here. The program checks it before anything is sent.</source>
            <translation>For a cloud key (PrivatBank SmartID, Vchasno, DepositSign, CloudKey, Diia.Signature…) or any other signing program: the program saves the registration as a file, you sign it on the state signing page and bring the signed file back here. The program checks it before anything is sent.</translation>
        </message>
        <message>
            <source>For Diia.Signature: ca.diia.gov.ua</source>
            <translation>For Diia.Signature: ca.diia.gov.ua</translation>
        </message>
        <message>
            <source>Choose the signed file…</source>
            <translation>Choose the signed file…</translation>
        </message>
        <message>
            <source>Checking the signed file</source>
            <translation>Checking the signed file</translation>
        </message>
        <message>
            <source>You may close the program while you sign: this draft remembers that it waits for the signed file.</source>
            <translation>You may close the program while you sign: this draft remembers that it waits for the signed file.</translation>
        </message>
        <message>
            <source>Accept the public offer first: it is part of what you sign.</source>
            <translation>Accept the public offer first: it is part of what you sign.</translation>
        </message>
        <message>
            <source>The form is not finished yet: complete it before saving the file to sign (a signed file cannot be changed afterwards).</source>
            <translation>The form is not finished yet: complete it before saving the file to sign (a signed file cannot be changed afterwards).</translation>
        </message>
        <message>
            <source>Saved: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <source>The registration changed after this file was saved: save it again and sign the new file.</source>
            <translation>The registration changed after this file was saved: save it again and sign the new file.</translation>
        </message>
        <message>
            <source>Save the file to sign (the button above).</source>
            <translation>Save the file to sign (the button above).</translation>
        </message>
        <message>
            <source>Open the state signing page (the button below) and choose your key or cloud signature provider.</source>
            <translation>Open the state signing page (the button below) and choose your key or cloud signature provider.</translation>
        </message>
        <message>
            <source>Upload the file &lt;b&gt;{name}&lt;/b&gt;.</source>
            <translation>Upload the file &lt;b&gt;{name}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Choose &lt;b&gt;data and signature in one file&lt;/b&gt; (CAdES, attached) and a signature &lt;b&gt;with a time-stamp&lt;/b&gt;.</source>
            <translation>Choose &lt;b&gt;data and signature in one file&lt;/b&gt; (CAdES, attached) and a signature &lt;b&gt;with a time-stamp&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Sign, download the signed file (&lt;b&gt;{name}.p7s&lt;/b&gt;) and choose it below.</source>
            <translation>Sign, download the signed file (&lt;b&gt;{name}.p7s&lt;/b&gt;) and choose it below.</translation>
        </message>
        <message>
            <source>Save the file to sign</source>
            <translation>Save the file to sign</translation>
        </message>
        <message>
            <source>Registration (*.json);;All files (*)</source>
            <translation>Registration (*.json);;All files (*)</translation>
        </message>
        <message>
            <source>Choose the signed file</source>
            <translation>Choose the signed file</translation>
        </message>
        <message>
            <source>Signed files (*.p7s *.p7m *.sig *.pem);;All files (*)</source>
            <translation>Signed files (*.p7s *.p7m *.sig *.pem);;All files (*)</translation>
        </message>
        <message>
            <source>Signature check on this computer: {verdict}</source>
            <translation>Signature check on this computer: {verdict}</translation>
        </message>
    </context>
    <context>
        <name>FacilityPage</name>
        <message>
            <source>Primary care (family doctor, therapist)</source>
            <translation>Primary care (family doctor, therapist)</translation>
        </message>
        <message>
            <source>Outpatient specialist care</source>
            <translation>Outpatient specialist care</translation>
        </message>
        <message>
            <source>Pharmacy</source>
            <translation>Pharmacy</translation>
        </message>
        <message>
            <source>city</source>
            <translation>city</translation>
        </message>
        <message>
            <source>urban-type settlement</source>
            <translation>urban-type settlement</translation>
        </message>
        <message>
            <source>village</source>
            <translation>village</translation>
        </message>
        <message>
            <source>settlement</source>
            <translation>settlement</translation>
        </message>
        <message>
            <source>Your facility</source>
            <translation>Your facility</translation>
        </message>
        <message>
            <source>As written in the state register (EDR). Fields marked * are required.</source>
            <translation>As written in the state register (EDR). Fields marked * are required.</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Type and identity</source>
            <translation>Type and identity</translation>
        </message>
        <message>
            <source>Type of facility</source>
            <translation>Type of facility</translation>
        </message>
        <message>
            <source>Pharmacies fill in a few extra fields.</source>
            <translation>Pharmacies fill in a few extra fields.</translation>
        </message>
        <message>
            <source>EDRPOU code</source>
            <translation>EDRPOU code</translation>
        </message>
        <message>
            <source>8 digits for a company; a sole proprietor (FOP) enters the owner's 10-digit tax number (RNOKPP).</source>
            <translation>8 digits for a company; a sole proprietor (FOP) enters the owner's 10-digit tax number (RNOKPP).</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>e.g. ТОВ «Клініка Здоров'я»</source>
            <translation>e.g. ТОВ «Клініка Здоров'я»</translation>
        </message>
        <message>
            <source>Exactly as in the state register.</source>
            <translation>Exactly as in the state register.</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>KVED codes</source>
            <translation>KVED codes</translation>
        </message>
        <message>
            <source>Type a code or a word and pick from the list. A family practice needs 86.21 (or 86.10).</source>
            <translation>Type a code or a word and pick from the list. A family practice needs 86.21 (or 86.10).</translation>
        </message>
        <message>
            <source>Address of the facility</source>
            <translation>Address of the facility</translation>
        </message>
        <message>
            <source>Region (oblast)</source>
            <translation>Region (oblast)</translation>
        </message>
        <message>
            <source>e.g. Київська</source>
            <translation>e.g. Київська</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>e.g. Бучанський</source>
            <translation>e.g. Бучанський</translation>
        </message>
        <message>
            <source>Type of settlement</source>
            <translation>Type of settlement</translation>
        </message>
        <message>
            <source>Settlement</source>
            <translation>Settlement</translation>
        </message>
        <message>
            <source>e.g. Ірпінь</source>
            <translation>e.g. Ірпінь</translation>
        </message>
        <message>
            <source>Start typing the name and pick the settlement from the list.</source>
            <translation>Start typing the name and pick the settlement from the list.</translation>
        </message>
        <message>
            <source>Settlement ID in eHealth</source>
            <translation>Settlement ID in eHealth</translation>
        </message>
        <message>
            <source>filled in automatically when you pick the settlement from the list</source>
            <translation>filled in automatically when you pick the settlement from the list</translation>
        </message>
        <message>
            <source>change manually</source>
            <translation>change manually</translation>
        </message>
        <message>
            <source>Type of street</source>
            <translation>Type of street</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Street</translation>
        </message>
        <message>
            <source>e.g. Шевченка</source>
            <translation>e.g. Шевченка</translation>
        </message>
        <message>
            <source>Building</source>
            <translation>Building</translation>
        </message>
        <message>
            <source>Office / apartment</source>
            <translation>Office / apartment</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Phone type</source>
            <translation>Phone type</translation>
        </message>
        <message>
            <source>mobile</source>
            <translation>mobile</translation>
        </message>
        <message>
            <source>landline</source>
            <translation>landline</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>10 digits starting with 0, e.g. 067 123 45 67</source>
            <translation>10 digits starting with 0, e.g. 067 123 45 67</translation>
        </message>
        <message>
            <source>Work e-mail</source>
            <translation>Work e-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Treasury receiver code</source>
            <translation>Treasury receiver code</translation>
        </message>
        <message>
            <source>Only if the facility receives budget funds.</source>
            <translation>Only if the facility receives budget funds.</translation>
        </message>
        <message>
            <source>The list of settlements is not available right now; you can type the settlement and its ID yourself.</source>
            <translation>The list of settlements is not available right now; you can type the settlement and its ID yourself.</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <source>To continue, fill in or correct: {fields}</source>
            <translation>To continue, fill in or correct: {fields}</translation>
        </message>
    </context>
    <context>
        <name>KeyPage</name>
        <message>
            <source>Drop your key file here (Key-6.dat, .pfx, .p12, .jks)</source>
            <translation>Drop your key file here (Key-6.dat, .pfx, .p12, .jks)</translation>
        </message>
        <message>
            <source>Your signature key</source>
            <translation>Your signature key</translation>
        </message>
        <message>
            <source>The registration is signed with the head's qualified electronic signature (QES). The key and its password stay on this computer.</source>
            <translation>The registration is signed with the head's qualified electronic signature (QES). The key and its password stay on this computer.</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Key file</translation>
        </message>
        <message>
            <source>Hardware key (token)</source>
            <translation>Hardware key (token)</translation>
        </message>
        <message>
            <source>Sign with a cloud key or another program</source>
            <translation>Sign with a cloud key or another program</translation>
        </message>
        <message>
            <source>e.g. D:\Key-6.dat</source>
            <translation>e.g. D:\Key-6.dat</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Key file *</source>
            <translation>Key file *</translation>
        </message>
        <message>
            <source>only if your key came with a separate .cer file</source>
            <translation>only if your key came with a separate .cer file</translation>
        </message>
        <message>
            <source>Choose certificate…</source>
            <translation>Choose certificate…</translation>
        </message>
        <message>
            <source>Certificate file</source>
            <translation>Certificate file</translation>
        </message>
        <message>
            <source>Key password</source>
            <translation>Key password</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Show the password</source>
            <translation>Show the password</translation>
        </message>
        <message>
            <source>Password *</source>
            <translation>Password *</translation>
        </message>
        <message>
            <source>Open and check the key</source>
            <translation>Open and check the key</translation>
        </message>
        <message>
            <source>Opening the key</source>
            <translation>Opening the key</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Opening the key… this can take a few seconds.</source>
            <translation>Opening the key… this can take a few seconds.</translation>
        </message>
        <message>
            <source>Whose key this is</source>
            <translation>Whose key this is</translation>
        </message>
        <message>
            <source>Checks before signing</source>
            <translation>Checks before signing</translation>
        </message>
        <message>
            <source>Choose your key file</source>
            <translation>Choose your key file</translation>
        </message>
        <message>
            <source>Key files (*.dat *.pfx *.p12 *.jks *.zs2 *.pk8 *.key);;All files (*)</source>
            <translation>Key files (*.dat *.pfx *.p12 *.jks *.zs2 *.pk8 *.key);;All files (*)</translation>
        </message>
        <message>
            <source>Choose the certificate file</source>
            <translation>Choose the certificate file</translation>
        </message>
        <message>
            <source>Certificates (*.cer *.crt *.pem *.p7b);;All files (*)</source>
            <translation>Certificates (*.cer *.crt *.pem *.p7b);;All files (*)</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <source>Choose your key file first.</source>
            <translation>Choose your key file first.</translation>
        </message>
        <message>
            <source>Enter the key's password.</source>
            <translation>Enter the key's password.</translation>
        </message>
        <message>
            <source>The registration changed after it was signed. Save the file again, sign it and choose the new signed file.</source>
            <translation>The registration changed after it was signed. Save the file again, sign it and choose the new signed file.</translation>
        </message>
        <message>
            <source>Cancelled. You can try again.</source>
            <translation>Cancelled. You can try again.</translation>
        </message>
        <message>
            <source>Key holder</source>
            <translation>Key holder</translation>
        </message>
        <message>
            <source>Tax number (RNOKPP)</source>
            <translation>Tax number (RNOKPP)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>EDRPOU code</source>
            <translation>EDRPOU code</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Checks of the signed file</source>
            <translation>Checks of the signed file</translation>
        </message>
        <message>
            <source>The signature is valid and signs this registration.</source>
            <translation>The signature is valid and signs this registration.</translation>
        </message>
        <message>
            <source>The registration was put inside the signature file.</source>
            <translation>The registration was put inside the signature file.</translation>
        </message>
        <message>
            <source>A time-stamp was added by {url}.</source>
            <translation>A time-stamp was added by {url}.</translation>
        </message>
        <message>
            <source>The key is valid and belongs to the head named in the form.</source>
            <translation>The key is valid and belongs to the head named in the form.</translation>
        </message>
    </context>
    <context>
        <name>KvedPicker</name>
        <message>
            <source>{code}: no such KVED code</source>
            <translation>{code}: no such KVED code</translation>
        </message>
    </context>
    <context>
        <name>LicensePage</name>
        <message>
            <source>Highest category</source>
            <translation>Highest category</translation>
        </message>
        <message>
            <source>First category</source>
            <translation>First category</translation>
        </message>
        <message>
            <source>Second category</source>
            <translation>Second category</translation>
        </message>
        <message>
            <source>Not accredited</source>
            <translation>Not accredited</translation>
        </message>
        <message>
            <source>License and accreditation</source>
            <translation>License and accreditation</translation>
        </message>
        <message>
            <source>Copy these from the license issued by the Ministry of Health (the order that granted it).</source>
            <translation>Copy these from the license issued by the Ministry of Health (the order that granted it).</translation>
        </message>
        <message>
            <source>Pick a date from the calendar</source>
            <translation>Pick a date from the calendar</translation>
        </message>
        <message>
            <source>License</source>
            <translation>License</translation>
        </message>
        <message>
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <source>e.g. АВ 123456</source>
            <translation>e.g. АВ 123456</translation>
        </message>
        <message>
            <source>Required for pharmacies; other facilities may leave it empty.</source>
            <translation>Required for pharmacies; other facilities may leave it empty.</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>e.g. Міністерство охорони здоров'я України</source>
            <translation>e.g. Міністерство охорони здоров'я України</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>The number of the order that granted the license.</source>
            <translation>The number of the order that granted the license.</translation>
        </message>
        <message>
            <source>Date issued</source>
            <translation>Date issued</translation>
        </message>
        <message>
            <source>Day.month.year, e.g. 19.08.2021</source>
            <translation>Day.month.year, e.g. 19.08.2021</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>eHealth needs an end date. For an indefinite license tick the box below: it is sent as valid until 31.12.9999.</source>
            <translation>eHealth needs an end date. For an indefinite license tick the box below: it is sent as valid until 31.12.9999.</translation>
        </message>
        <message>
            <source>Indefinite license (no end date)</source>
            <translation>Indefinite license (no end date)</translation>
        </message>
        <message>
            <source>What is licensed</source>
            <translation>What is licensed</translation>
        </message>
        <message>
            <source>e.g. медична практика</source>
            <translation>e.g. медична практика</translation>
        </message>
        <message>
            <source>Accreditation (if you have one)</source>
            <translation>Accreditation (if you have one)</translation>
        </message>
        <message>
            <source>A new practice usually has none; then leave this part empty.</source>
            <translation>A new practice usually has none; then leave this part empty.</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>e.g. 123</source>
            <translation>e.g. 123</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Order date</translation>
        </message>
    </context>
    <context>
        <name>MisSecretsDialog</name>
        <message>
            <source>MIS client secret</source>
            <translation>MIS client secret</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API key</translation>
        </message>
        <message>
            <source>Connect to eHealth</source>
            <translation>Connect to eHealth</translation>
        </message>
        <message>
            <source>To work with eHealth {environment}, the program needs the MIS client secret and API key your MIS vendor gave you. Enter them once: they are kept in this computer's secure password store (keyring), never in a file.</source>
            <translation>To work with eHealth {environment}, the program needs the MIS client secret and API key your MIS vendor gave you. Enter them once: they are kept in this computer's secure password store (keyring), never in a file.</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>This computer has no secure password store (keyring), so the secrets cannot be kept; they are never written to a file instead. Ask your MIS vendor's support to set up Windows Credential Manager, GNOME Keyring or KWallet, then start the program again.</source>
            <translation>This computer has no secure password store (keyring), so the secrets cannot be kept; they are never written to a file instead. Ask your MIS vendor's support to set up Windows Credential Manager, GNOME Keyring or KWallet, then start the program again.</translation>
        </message>
    </context>
    <context>
        <name>PinPrompt</name>
        <message>
            <source>The token reports that only a few tries are left before the PIN locks.</source>
            <translation>The token reports that only a few tries are left before the PIN locks.</translation>
        </message>
        <message>
            <source>Last try: one more wrong PIN locks the token. Check the PIN carefully.</source>
            <translation>Last try: one more wrong PIN locks the token. Check the PIN carefully.</translation>
        </message>
        <message>
            <source>Token PIN</source>
            <translation>Token PIN</translation>
        </message>
        <message>
            <source>Enter the PIN of the token “{label}”.</source>
            <translation>Enter the PIN of the token “{label}”.</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
    </context>
    <context>
        <name>Receipt</name>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>EDRPOU code</source>
            <translation>EDRPOU code</translation>
        </message>
        <message>
            <source>Type of facility</source>
            <translation>Type of facility</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>Work e-mail</source>
            <translation>Work e-mail</translation>
        </message>
        <message>
            <source>Head: last name</source>
            <translation>Head: last name</translation>
        </message>
        <message>
            <source>Head: first name</source>
            <translation>Head: first name</translation>
        </message>
        <message>
            <source>Head: patronymic</source>
            <translation>Head: patronymic</translation>
        </message>
        <message>
            <source>Head: tax number (RNOKPP)</source>
            <translation>Head: tax number (RNOKPP)</translation>
        </message>
        <message>
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <source>License valid until</source>
            <translation>License valid until</translation>
        </message>
        <message>
            <source>Key holder</source>
            <translation>Key holder</translation>
        </message>
        <message>
            <source>Tax number (RNOKPP)</source>
            <translation>Tax number (RNOKPP)</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Certificate issued by</source>
            <translation>Certificate issued by</translation>
        </message>
        <message>
            <source>Certificate serial number</source>
            <translation>Certificate serial number</translation>
        </message>
        <message>
            <source>Certificate valid</source>
            <translation>Certificate valid</translation>
        </message>
        <message>
            <source>Legal entity id in eHealth</source>
            <translation>Legal entity id in eHealth</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>SHA-256 of the signed file</source>
            <translation>SHA-256 of the signed file</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Signed at (signer's clock)</source>
            <translation>Signed at (signer's clock)</translation>
        </message>
        <message>
            <source>Time-stamp</source>
            <translation>Time-stamp</translation>
        </message>
        <message>
            <source>Time-stamp service</source>
            <translation>Time-stamp service</translation>
        </message>
        <message>
            <source>What eHealth checked</source>
            <translation>What eHealth checked</translation>
        </message>
        <message>
            <source>No stages were recorded on this computer.</source>
            <translation>No stages were recorded on this computer.</translation>
        </message>
        <message>
            <source>The data as signed</source>
            <translation>The data as signed</translation>
        </message>
        <message>
            <source>Registration in eHealth: receipt</source>
            <translation>Registration in eHealth: receipt</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Check before signing</source>
            <translation>Check before signing</translation>
        </message>
        <message>
            <source>This is exactly what will be signed with your key and sent to eHealth.</source>
            <translation>This is exactly what will be signed with your key and sent to eHealth.</translation>
        </message>
        <message>
            <source>Sign and send</source>
            <translation>Sign and send</translation>
        </message>
        <message>
            <source>Show the exact data (JSON)</source>
            <translation>Show the exact data (JSON)</translation>
        </message>
        <message>
            <source>The exact data (JSON)</source>
            <translation>The exact data (JSON)</translation>
        </message>
        <message>
            <source>I accept the public offer for joining the eHealth system and confirm that the data above are correct.</source>
            <translation>I accept the public offer for joining the eHealth system and confirm that the data above are correct.</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>EDRPOU code</source>
            <translation>EDRPOU code</translation>
        </message>
        <message>
            <source>Legal form</source>
            <translation>Legal form</translation>
        </message>
        <message>
            <source>This registration has already been sent to eHealth and accepted; changes made here will not be sent.</source>
            <translation>This registration has already been sent to eHealth and accepted; changes made here will not be sent.</translation>
        </message>
        <message>
            <source>What is agreed to: the Procedure for the functioning of the electronic health care system (Cabinet of Ministers resolution No. 411)</source>
            <translation>What is agreed to: the Procedure for the functioning of the electronic health care system (Cabinet of Ministers resolution No. 411)</translation>
        </message>
        <message>
            <source>Check before sending</source>
            <translation>Check before sending</translation>
        </message>
        <message>
            <source>This is exactly what was signed elsewhere and will be sent to eHealth.</source>
            <translation>This is exactly what was signed elsewhere and will be sent to eHealth.</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Facility name</source>
            <translation>Facility name</translation>
        </message>
        <message>
            <source>KVED</source>
            <translation>KVED</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>License and accreditation</source>
            <translation>License and accreditation</translation>
        </message>
        <message>
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>Date issued</source>
            <translation>Date issued</translation>
        </message>
        <message>
            <source>Valid from</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Accreditation</source>
            <translation>Accreditation</translation>
        </message>
        <message>
            <source>Head of the facility</source>
            <translation>Head of the facility</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Tax number (RNOKPP)</source>
            <translation>Tax number (RNOKPP)</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Sex</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Signed with the key of</source>
            <translation>Signed with the key of</translation>
        </message>
        <message>
            <source>Key holder</source>
            <translation>Key holder</translation>
        </message>
        <message>
            <source>Key issued by</source>
            <translation>Key issued by</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Edit: {section}</source>
            <translation>Edit: {section}</translation>
        </message>
        <message>
            <source>Signature key</source>
            <translation>Signature key</translation>
        </message>
        <message>
            <source>Not finished yet: {step}</source>
            <translation>Not finished yet: {step}</translation>
        </message>
    </context>
    <context>
        <name>StageList</name>
        <message>
            <source>Fix it</source>
            <translation>Fix it</translation>
        </message>
        <message>
            <source>Fix it: {problem}</source>
            <translation>Fix it: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SubmitPage</name>
        <message>
            <source>Sending to eHealth</source>
            <translation>Sending to eHealth</translation>
        </message>
        <message>
            <source>eHealth checks the registration step by step. This usually takes under a minute.</source>
            <translation>eHealth checks the registration step by step. This usually takes under a minute.</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Try again</translation>
        </message>
        <message>
            <source>This registration was sent on {date}. Press Next to see where it stands.</source>
            <translation>This registration was sent on {date}. Press Next to see where it stands.</translation>
        </message>
        <message>
            <source>The registration changed after it was signed. Go back to the key page and sign the new file.</source>
            <translation>The registration changed after it was signed. Go back to the key page and sign the new file.</translation>
        </message>
        <message>
            <source>Open your key on the key page first.</source>
            <translation>Open your key on the key page first.</translation>
        </message>
        <message>
            <source>The sandbox is still starting. Wait a few seconds and press Try again.</source>
            <translation>The sandbox is still starting. Wait a few seconds and press Try again.</translation>
        </message>
        <message>
            <source>Signed by another program, checked on this computer</source>
            <translation>Signed by another program, checked on this computer</translation>
        </message>
        <message>
            <source>Signing and sending…</source>
            <translation>Signing and sending…</translation>
        </message>
        <message>
            <source>eHealth accepted the registration. Press Next.</source>
            <translation>eHealth accepted the registration. Press Next.</translation>
        </message>
        <message>
            <source>eHealth did not accept the registration at the step “{stage}”. Fix what is shown above and send again.</source>
            <translation>eHealth did not accept the registration at the step “{stage}”. Fix what is shown above and send again.</translation>
        </message>
    </context>
    <context>
        <name>TokenPanel</name>
        <message>
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>{label} — {maker}, No. {serial}</source>
            <translation>{label} — {maker}, No. {serial}</translation>
        </message>
        <message>
            <source>few PIN tries left</source>
            <translation>few PIN tries left</translation>
        </message>
        <message>
            <source>last PIN try</source>
            <translation>last PIN try</translation>
        </message>
        <message>
            <source>PIN locked</source>
            <translation>PIN locked</translation>
        </message>
        <message>
            <source>seal</source>
            <translation>seal</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>signature</translation>
        </message>
        <message>
            <source>not for signing</source>
            <translation>not for signing</translation>
        </message>
        <message>
            <source>{name} — {kind}, valid until {date}</source>
            <translation>{name} — {kind}, valid until {date}</translation>
        </message>
        <message>
            <source>Token program</source>
            <translation>Token program</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Connected tokens</source>
            <translation>Connected tokens</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Certificates on the token</source>
            <translation>Certificates on the token</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>The PIN is asked when the key is opened. The key never leaves the token.</source>
            <translation>The PIN is asked when the key is opened. The key never leaves the token.</translation>
        </message>
        <message>
            <source>Choose the token program (PKCS#11 module)</source>
            <translation>Choose the token program (PKCS#11 module)</translation>
        </message>
        <message>
            <source>PKCS#11 modules (*.dll *.so *.dylib);;All files (*)</source>
            <translation>PKCS#11 modules (*.dll *.so *.dylib);;All files (*)</translation>
        </message>
        <message>
            <source>No token program was found on this computer. Install the program that came with your token, or choose its module file.</source>
            <translation>No token program was found on this computer. Install the program that came with your token, or choose its module file.</translation>
        </message>
        <message>
            <source>No token is connected. Plug in your key (token).</source>
            <translation>No token is connected. Plug in your key (token).</translation>
        </message>
        <message>
            <source>No certificate is visible on the token “{label}” before the PIN is entered; the program looks again after you enter it.</source>
            <translation>No certificate is visible on the token “{label}” before the PIN is entered; the program looks again after you enter it.</translation>
        </message>
        <message>
            <source>Choose the token program first.</source>
            <translation>Choose the token program first.</translation>
        </message>
        <message>
            <source>Plug in your token and choose it in the list.</source>
            <translation>Plug in your token and choose it in the list.</translation>
        </message>
        <message>
            <source>Choose the certificate to sign with.</source>
            <translation>Choose the certificate to sign with.</translation>
        </message>
    </context>
    <context>
        <name>VendorBanner</name>
        <message>
            <source>Phone: {phone}</source>
            <translation>Phone: {phone}</translation>
        </message>
        <message>
            <source>E-mail: {email}</source>
            <translation>E-mail: {email}</translation>
        </message>
        <message>
            <source>Help online: {url}</source>
            <translation>Help online: {url}</translation>
        </message>
        <message>
            <source>Working hours: {hours}</source>
            <translation>Working hours: {hours}</translation>
        </message>
        <message>
            <source>{vendor} logo</source>
            <translation>{vendor} logo</translation>
        </message>
        <message>
            <source>Provided to you by {vendor}</source>
            <translation>Provided to you by {vendor}</translation>
        </message>
        <message>
            <source>Questions? Ask {vendor}'s support:</source>
            <translation>Questions? Ask {vendor}'s support:</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>the facility's EDRPOU code and KVED codes (from the state register)</source>
            <translation>the facility's EDRPOU code and KVED codes (from the state register)</translation>
        </message>
        <message>
            <source>the license and, if you have one, the accreditation</source>
            <translation>the license and, if you have one, the accreditation</translation>
        </message>
        <message>
            <source>your passport or ID card and your tax number (RNOKPP)</source>
            <translation>your passport or ID card and your tax number (RNOKPP)</translation>
        </message>
        <message>
            <source>your qualified electronic signature key (file or token) and its password</source>
            <translation>your qualified electronic signature key (file or token) and its password</translation>
        </message>
        <message>
            <source>a work e-mail you read and a mobile phone number</source>
            <translation>a work e-mail you read and a mobile phone number</translation>
        </message>
        <message>
            <source>Register your practice in eHealth</source>
            <translation>Register your practice in eHealth</translation>
        </message>
        <message>
            <source>This takes about 15 minutes. Everything you type is saved as you go; you can close the window at any time and continue later.</source>
            <translation>This takes about 15 minutes. Everything you type is saved as you go; you can close the window at any time and continue later.</translation>
        </message>
        <message>
            <source>Have these at hand:</source>
            <translation>Have these at hand:</translation>
        </message>
        <message>
            <source>What would you like to do?</source>
            <translation>What would you like to do?</translation>
        </message>
        <message>
            <source>Start a new registration</source>
            <translation>Start a new registration</translation>
        </message>
        <message>
            <source>Continue a saved draft:</source>
            <translation>Continue a saved draft:</translation>
        </message>
        <message>
            <source>Follow a registration I have already sent:</source>
            <translation>Follow a registration I have already sent:</translation>
        </message>
        <message>
            <source>Saved drafts</source>
            <translation>Saved drafts</translation>
        </message>
        <message>
            <source>Sent registrations</source>
            <translation>Sent registrations</translation>
        </message>
        <message>
            <source>This is the sandbox: a practice copy of eHealth on your computer. Nothing is really registered. Want to see the whole path first? The demo fills in a facility from the practice state register and makes a demo key for its head.</source>
            <translation>This is the sandbox: a practice copy of eHealth on your computer. Nothing is really registered. Want to see the whole path first? The demo fills in a facility from the practice state register and makes a demo key for its head.</translation>
        </message>
        <message>
            <source>Fill in a demo facility</source>
            <translation>Fill in a demo facility</translation>
        </message>
        <message>
            <source>(no name yet)</source>
            <translation>(no name yet)</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Facility</source>
            <translation>Facility</translation>
        </message>
        <message>
            <source>License</source>
            <translation>License</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Director</translation>
        </message>
        <message>
            <source>Signature key</source>
            <translation>Signature key</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Sending</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Open this step</source>
            <translation>Open this step</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>SANDBOX
practice mode</source>
            <translation>SANDBOX
practice mode</translation>
        </message>
        <message>
            <source>eHealth
{name}</source>
            <translation>eHealth
{name}</translation>
        </message>
        <message>
            <source>SANDBOX</source>
            <translation>SANDBOX</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>eHealth registration</source>
            <translation>eHealth registration</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>The program hit an unexpected problem. Nothing you entered is lost: your draft is saved and opens again next time.</source>
            <translation>The program hit an unexpected problem. Nothing you entered is lost: your draft is saved and opens again next time.</translation>
        </message>
        <message>
            <source>Draft file: {path}</source>
            <translation>Draft file: {path}</translation>
        </message>
        <message>
            <source>Open the drafts folder</source>
            <translation>Open the drafts folder</translation>
        </message>
        <message>
            <source>The wizard's window needs a desktop session, and none was found here; every step also works from the command line (ehealth-wizard --help).</source>
            <translation>The wizard's window needs a desktop session, and none was found here; every step also works from the command line (ehealth-wizard --help).</translation>
        </message>
    </context>
    <context>
        <name>environment</name>
        <message>
            <source>Sandbox (practice, nothing is really registered)</source>
            <translation>Sandbox (practice, nothing is really registered)</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Something went wrong ({code}).</source>
            <translation>Something went wrong ({code}).</translation>
        </message>
        <message>
            <source>The program hit an unexpected problem. Your draft is saved. Please try again; if it repeats, send the log to support.</source>
            <translation>The program hit an unexpected problem. Your draft is saved. Please try again; if it repeats, send the log to support.</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <source>Invalid signature</source>
            <translation>Invalid signature</translation>
        </message>
        <message>
            <source>Not a base64 string</source>
            <translation>Not a base64 string</translation>
        </message>
        <message>
            <source>Malformed encoded content. Probably, you have encoded corrupted JSON.</source>
            <translation>Malformed encoded content. Probably, you have encoded corrupted JSON.</translation>
        </message>
        <message>
            <source>EDRPOU does not match legal_entity edrpou</source>
            <translation>EDRPOU does not match legal_entity edrpou</translation>
        </message>
        <message>
            <source>DRFO does not match signer drfo</source>
            <translation>DRFO does not match signer drfo</translation>
        </message>
        <message>
            <source>EDRPOU and DRFO is empty in digital sign</source>
            <translation>EDRPOU and DRFO is empty in digital sign</translation>
        </message>
        <message>
            <source>Does not match the signer last name</source>
            <translation>Does not match the signer last name</translation>
        </message>
        <message>
            <source>Legal Entity not found in EDR</source>
            <translation>Legal Entity not found in EDR</translation>
        </message>
        <message>
            <source>More than 1 active entities in EDR</source>
            <translation>More than 1 active entities in EDR</translation>
        </message>
        <message>
            <source>Provided EDRPOU is not active in EDR</source>
            <translation>Provided EDRPOU is not active in EDR</translation>
        </message>
        <message>
            <source>error processing signed data</source>
            <translation>error processing signed data</translation>
        </message>
        <message>
            <source>Invalid edrpou</source>
            <translation>Invalid edrpou</translation>
        </message>
        <message>
            <source>invalid settlement value</source>
            <translation>invalid settlement value</translation>
        </message>
        <message>
            <source>invalid area value</source>
            <translation>invalid area value</translation>
        </message>
        <message>
            <source>invalid region value</source>
            <translation>invalid region value</translation>
        </message>
        <message>
            <source>invalid settlement_type value</source>
            <translation>invalid settlement_type value</translation>
        </message>
        <message>
            <source>The license has expired or has no end date (an indefinite license is sent as valid until 31.12.9999)</source>
            <translation>The license has expired or has no end date (an indefinite license is sent as valid until 31.12.9999)</translation>
        </message>
        <message>
            <source>head</source>
            <translation>head</translation>
        </message>
        <message>
            <source>signatory</source>
            <translation>signatory</translation>
        </message>
        <message>
            <source>“{value}” does not match the state register (ЄДР), which lists: {holds}</source>
            <translation>“{value}” does not match the state register (ЄДР), which lists: {holds}</translation>
        </message>
        <message>
            <source>No settlement with id {id} in the settlements register</source>
            <translation>No settlement with id {id} in the settlements register</translation>
        </message>
        <message>
            <source>License is not needed for chosen legal entity type</source>
            <translation>License is not needed for chosen legal entity type</translation>
        </message>
        <message>
            <source>License is needed for chosen legal entity type</source>
            <translation>License is needed for chosen legal entity type</translation>
        </message>
        <message>
            <source>License not found</source>
            <translation>License not found</translation>
        </message>
        <message>
            <source>Legal entity type and license type mismatch</source>
            <translation>Legal entity type and license type mismatch</translation>
        </message>
        <message>
            <source>License doesn't correspond to your legal entity</source>
            <translation>License doesn't correspond to your legal entity</translation>
        </message>
        <message>
            <source>At least one KVED code must be from the list: {codes}</source>
            <translation>At least one KVED code must be from the list: {codes}</translation>
        </message>
    </context>
    <context>
        <name>stages</name>
        <message>
            <source>Signing on this computer</source>
            <translation>Signing on this computer</translation>
        </message>
    </context>
    <context>
        <name>texts</name>
        <message>
            <source>"{draft_id}" is not a valid draft id.</source>
            <translation>"{draft_id}" is not a valid draft id.</translation>
        </message>
        <message>
            <source>'{code}' is not a KVED code (like 86.21).</source>
            <translation>'{code}' is not a KVED code (like 86.21).</translation>
        </message>
        <message>
            <source>'{value}' is not one of the values eHealth accepts here (list {dictionary}). Choose a value from the list.</source>
            <translation>'{value}' is not one of the values eHealth accepts here (list {dictionary}). Choose a value from the list.</translation>
        </message>
        <message>
            <source>A facility of type {type} needs at least one of the KVED codes {allowed}.</source>
            <translation>A facility of type {type} needs at least one of the KVED codes {allowed}.</translation>
        </message>
        <message>
            <source>A name needs at least one letter.</source>
            <translation>A name needs at least one letter.</translation>
        </message>
        <message>
            <source>A pharmacy license needs its license number.</source>
            <translation>A pharmacy license needs its license number.</translation>
        </message>
        <message>
            <source>A phone of type mobile must be a mobile number.</source>
            <translation>A phone of type mobile must be a mobile number.</translation>
        </message>
        <message>
            <source>A {type} number usually looks like {example}; please check it.</source>
            <translation>A {type} number usually looks like {example}; please check it.</translation>
        </message>
        <message>
            <source>Accept the public offer to go on.</source>
            <translation>Accept the public offer to go on.</translation>
        </message>
        <message>
            <source>At least {min} character(s) are required.</source>
            <translation>At least {min} character(s) are required.</translation>
        </message>
        <message>
            <source>At least {min} item(s) are required.</source>
            <translation>At least {min} item(s) are required.</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>Choose your key and check it before you go on.</source>
            <translation>Choose your key and check it before you go on.</translation>
        </message>
        <message>
            <source>Digital signature</source>
            <translation>Digital signature</translation>
        </message>
        <message>
            <source>Director accepted the invitation</source>
            <translation>Director accepted the invitation</translation>
        </message>
        <message>
            <source>Enter a real date as YYYY-MM-DD, for example 2026-03-01.</source>
            <translation>Enter a real date as YYYY-MM-DD, for example 2026-03-01.</translation>
        </message>
        <message>
            <source>Enter just the site's address, like clinic.com.ua (nothing after it, no "/page").</source>
            <translation>Enter just the site's address, like clinic.com.ua (nothing after it, no "/page").</translation>
        </message>
        <message>
            <source>KVED {code} is not in the list of activity codes eHealth knows. Check the code.</source>
            <translation>KVED {code} is not in the list of activity codes eHealth knows. Check the code.</translation>
        </message>
        <message>
            <source>The answer of the certificate status service (OCSP) is not genuine: its signature does not check out.</source>
            <translation>The answer of the certificate status service (OCSP) is not genuine: its signature does not check out.</translation>
        </message>
        <message>
            <source>The birth date does not agree with the РНОКПП, which belongs to a person born on {rnokpp_birth_date}. Check both.</source>
            <translation>The birth date does not agree with the РНОКПП, which belongs to a person born on {rnokpp_birth_date}. Check both.</translation>
        </message>
        <message>
            <source>The certificate names no service for checking whether it is still valid (OCSP).</source>
            <translation>The certificate names no service for checking whether it is still valid (OCSP).</translation>
        </message>
        <message>
            <source>The draft was not saved because it would contain a password, PIN or key (in field {path}). Passwords and keys are never stored in drafts.</source>
            <translation>The draft was not saved because it would contain a password, PIN or key (in field {path}). Passwords and keys are never stored in drafts.</translation>
        </message>
        <message>
            <source>The draft {draft_id} and its backup copy are both damaged, so an empty form was opened. The damaged files were kept in the same folder; your support contact can look at them.</source>
            <translation>The draft {draft_id} and its backup copy are both damaged, so an empty form was opened. The damaged files were kept in the same folder; your support contact can look at them.</translation>
        </message>
        <message>
            <source>The embedded sandbox could not start: {reason}.</source>
            <translation>The embedded sandbox could not start: {reason}.</translation>
        </message>
        <message>
            <source>The file holds no signed document: it is not a signature.</source>
            <translation>The file holds no signed document: it is not a signature.</translation>
        </message>
        <message>
            <source>The file is not a signature file this program can read (a .p7s signature was expected).</source>
            <translation>The file is not a signature file this program can read (a .p7s signature was expected).</translation>
        </message>
        <message>
            <source>The gender does not agree with the РНОКПП, which indicates {rnokpp_gender}. Check both.</source>
            <translation>The gender does not agree with the РНОКПП, which indicates {rnokpp_gender}. Check both.</translation>
        </message>
        <message>
            <source>The key belongs to {cert_surname}, but the director's last name is {last_name}. The director must sign with their own key.</source>
            <translation>The key belongs to {cert_surname}, but the director's last name is {last_name}. The director must sign with their own key.</translation>
        </message>
        <message>
            <source>The key belongs to ЄДРПОУ {cert_edrpou}, but the form says {edrpou}. Use the key issued for this facility, or correct the code in the form.</source>
            <translation>The key belongs to ЄДРПОУ {cert_edrpou}, but the form says {edrpou}. Use the key issued for this facility, or correct the code in the form.</translation>
        </message>
        <message>
            <source>The key is of a kind this program does not support ({algorithm}). Ask your key provider for a key of a common kind (ДСТУ 4145, ECDSA or RSA).</source>
            <translation>The key is of a kind this program does not support ({algorithm}). Ask your key provider for a key of a common kind (ДСТУ 4145, ECDSA or RSA).</translation>
        </message>
        <message>
            <source>The key's certificate has been revoked ({revoked_at}). Get a new key from your provider.</source>
            <translation>The key's certificate has been revoked ({revoked_at}). Get a new key from your provider.</translation>
        </message>
        <message>
            <source>The key's certificate has neither an ЄДРПОУ nor a РНОКПП, so eHealth cannot tie it to the facility. Ask your key provider for a qualified key with these details.</source>
            <translation>The key's certificate has neither an ЄДРПОУ nor a РНОКПП, so eHealth cannot tie it to the facility. Ask your key provider for a qualified key with these details.</translation>
        </message>
        <message>
            <source>The key's certificate is not valid yet (it starts on {not_before}). Wait until then or check the computer's date.</source>
            <translation>The key's certificate is not valid yet (it starts on {not_before}). Wait until then or check the computer's date.</translation>
        </message>
        <message>
            <source>The key's РНОКПП {cert_rnokpp} differs from the director's РНОКПП {tax_id}. The director must sign with their own key.</source>
            <translation>The key's РНОКПП {cert_rnokpp} differs from the director's РНОКПП {tax_id}. The director must sign with their own key.</translation>
        </message>
        <message>
            <source>The sandbox did not issue a demo key: {reason}.</source>
            <translation>The sandbox did not issue a demo key: {reason}.</translation>
        </message>
        <message>
            <source>The saved registration is damaged and cannot be opened ({reason}).</source>
            <translation>The saved registration is damaged and cannot be opened ({reason}).</translation>
        </message>
        <message>
            <source>The server address {url} does not start with https://, so the connection would not be protected. Use the https:// address.</source>
            <translation>The server address {url} does not start with https://, so the connection would not be protected. Use the https:// address.</translation>
        </message>
        <message>
            <source>The server address {url} starts with http://, so the signed registration with personal data would travel unprotected. Use the https:// address.</source>
            <translation>The server address {url} starts with http://, so the signed registration with personal data would travel unprotected. Use the https:// address.</translation>
        </message>
        <message>
            <source>The server {host} gave an answer this program does not understand ({got}). Check the server address.</source>
            <translation>The server {host} gave an answer this program does not understand ({got}). Check the server address.</translation>
        </message>
        <message>
            <source>The server {host} pointed the program to another server ({foreign}); nothing was sent there. Check the server address.</source>
            <translation>The server {host} pointed the program to another server ({foreign}); nothing was sent there. Check the server address.</translation>
        </message>
        <message>
            <source>The server {host} sent an answer larger than {limit_mb} MB; it was not read. Check the server address.</source>
            <translation>The server {host} sent an answer larger than {limit_mb} MB; it was not read. Check the server address.</translation>
        </message>
        <message>
            <source>The settlement code is not written the way eHealth's address register writes it. Choose the settlement from the list instead of typing its code.</source>
            <translation>The settlement code is not written the way eHealth's address register writes it. Choose the settlement from the list instead of typing its code.</translation>
        </message>
        <message>
            <source>The signature could not be made. Try again; if it fails again, contact support.</source>
            <translation>The signature could not be made. Try again; if it fails again, contact support.</translation>
        </message>
        <message>
            <source>The signature does not match the signer's certificate: it was damaged or made with another key.</source>
            <translation>The signature does not match the signer's certificate: it was damaged or made with another key.</translation>
        </message>
        <message>
            <source>The signature file does not contain the signed document, and the document itself was not given.</source>
            <translation>The signature file does not contain the signed document, and the document itself was not given.</translation>
        </message>
        <message>
            <source>The signature holds content of an unexpected kind ({content_type}).</source>
            <translation>The signature holds content of an unexpected kind ({content_type}).</translation>
        </message>
        <message>
            <source>The signature names a different signer's certificate than the one it carries.</source>
            <translation>The signature names a different signer's certificate than the one it carries.</translation>
        </message>
        <message>
            <source>The signature uses a signing method this program does not support.</source>
            <translation>The signature uses a signing method this program does not support.</translation>
        </message>
        <message>
            <source>The step {step} still has {count} problem(s) to fix before you can go on.</source>
            <translation>The step {step} still has {count} problem(s) to fix before you can go on.</translation>
        </message>
        <message>
            <source>The time-stamp service refused the request ({status}). {reason}</source>
            <translation>The time-stamp service refused the request ({status}). {reason}</translation>
        </message>
        <message>
            <source>The time-stamp service's certificate is missing, so the time-stamp cannot be checked.</source>
            <translation>The time-stamp service's certificate is missing, so the time-stamp cannot be checked.</translation>
        </message>
        <message>
            <source>The time-stamp was made for different data. Try again.</source>
            <translation>The time-stamp was made for different data. Try again.</translation>
        </message>
        <message>
            <source>The value is not written the way eHealth expects.</source>
            <translation>The value is not written the way eHealth expects.</translation>
        </message>
        <message>
            <source>The value is of the wrong kind (eHealth expects {expected}).</source>
            <translation>The value is of the wrong kind (eHealth expects {expected}).</translation>
        </message>
        <message>
            <source>The {format} file holds no signing key. Choose the key file itself, not the certificate.</source>
            <translation>The {format} file holds no signing key. Choose the key file itself, not the certificate.</translation>
        </message>
        <message>
            <source>This computer has no secure password store (keyring) for the secrets of your medical software (MIS): {reason}. Ask your MIS vendor's support how to set one up.</source>
            <translation>This computer has no secure password store (keyring) for the secrets of your medical software (MIS): {reason}. Ask your MIS vendor's support how to set one up.</translation>
        </message>
        <message>
            <source>This file is not a key container this program knows. Choose the key file your provider gave you (usually Key-6.dat, or a .pfx, .p12, .jks or .pk8 file).</source>
            <translation>This file is not a key container this program knows. Choose the key file your provider gave you (usually Key-6.dat, or a .pfx, .p12, .jks or .pk8 file).</translation>
        </message>
        <message>
            <source>This ЄДРПОУ code has a mistake in it: its last (check) digit does not fit the other digits. Compare it with your registration documents.</source>
            <translation>This ЄДРПОУ code has a mistake in it: its last (check) digit does not fit the other digits. Compare it with your registration documents.</translation>
        </message>
        <message>
            <source>This РНОКПП has a mistake in it: its last (check) digit does not fit the other digits. Compare it with the director's tax number card.</source>
            <translation>This РНОКПП has a mistake in it: its last (check) digit does not fit the other digits. Compare it with the director's tax number card.</translation>
        </message>
        <message>
            <source>eHealth did not accept the program's credentials (API key or token); ask your MIS vendor's support to check them. {message}</source>
            <translation>eHealth did not accept the program's credentials (API key or token); ask your MIS vendor's support to check them. {message}</translation>
        </message>
        <message>
            <source>eHealth does not accept this field in a registration; remove it.</source>
            <translation>eHealth does not accept this field in a registration; remove it.</translation>
        </message>
        <message>
            <source>eHealth does not allow these credentials (API key or token) to register facilities; ask your MIS vendor's support. {message}</source>
            <translation>eHealth does not allow these credentials (API key or token) to register facilities; ask your MIS vendor's support. {message}</translation>
        </message>
        <message>
            <source>eHealth: this field is not accepted here ({description}).</source>
            <translation>eHealth: this field is not accepted here ({description}).</translation>
        </message>
        <message>
            <source>the server is not accepting connections</source>
            <translation>the server is not accepting connections</translation>
        </message>
        <message>
            <source>this user account has no permission to open or change it</source>
            <translation>this user account has no permission to open or change it</translation>
        </message>
        <message>
            <source>{path} is neither a draft nor an eHealth registration request file.</source>
            <translation>{path} is neither a draft nor an eHealth registration request file.</translation>
        </message>
        <message>
            <source>{value} is not a date and time like 2026-11-20T10:00:00+02:00 (ISO 8601).</source>
            <translation>{value} is not a date and time like 2026-11-20T10:00:00+02:00 (ISO 8601).</translation>
        </message>
        <message>
            <source>Enter the building number like 15 or 15-В.</source>
            <translation>Enter the building number like 15 or 15-В.</translation>
        </message>
        <message>
            <source>Cannot reach the eHealth server {host}: {reason}. Check the Internet connection and the server address, then try again.</source>
            <translation>Cannot reach the eHealth server {host}: {reason}. Check the Internet connection and the server address, then try again.</translation>
        </message>
        <message>
            <source>Cannot read the signed file {path}: {reason}.</source>
            <translation>Cannot read the signed file {path}: {reason}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Cannot read {path}: {reason}.</translation>
        </message>
        <message>
            <source>For a sole proprietor (ФОП) the director's РНОКПП is normally the facility's code.</source>
            <translation>For a sole proprietor (ФОП) the director's РНОКПП is normally the facility's code.</translation>
        </message>
        <message>
            <source>If the license is already in eHealth, enter the identifier eHealth gave it (a long code like 3fa85f64-5717-4562-b3fc-2c963f66afa6); otherwise leave this field empty.</source>
            <translation>If the license is already in eHealth, enter the identifier eHealth gave it (a long code like 3fa85f64-5717-4562-b3fc-2c963f66afa6); otherwise leave this field empty.</translation>
        </message>
        <message>
            <source>Invitation e-mail to the director</source>
            <translation>Invitation e-mail to the director</translation>
        </message>
        <message>
            <source>It is not known whether the server received the registration ({reason}), and asking it again did not settle it. Check the status before sending it again.</source>
            <translation>It is not known whether the server received the registration ({reason}), and asking it again did not settle it. Check the status before sending it again.</translation>
        </message>
        <message>
            <source>KVED {code} is listed twice.</source>
            <translation>KVED {code} is listed twice.</translation>
        </message>
        <message>
            <source>Latin letters ({letters}) are not allowed; type the name in Ukrainian Cyrillic.</source>
            <translation>Latin letters ({letters}) are not allowed; type the name in Ukrainian Cyrillic.</translation>
        </message>
        <message>
            <source>Legal form {value} does not fit the code: a 10-digit code is a ФОП (legal form 910), an 8-digit ЄДРПОУ is not.</source>
            <translation>Legal form {value} does not fit the code: a 10-digit code is a ФОП (legal form 910), an 8-digit ЄДРПОУ is not.</translation>
        </message>
        <message>
            <source>Listed in the public registry</source>
            <translation>Listed in the public registry</translation>
        </message>
        <message>
            <source>Medical practice license</source>
            <translation>Medical practice license</translation>
        </message>
        <message>
            <source>No token is connected. Plug in your key (token) and try again.</source>
            <translation>No token is connected. Plug in your key (token) and try again.</translation>
        </message>
        <message>
            <source>No token program (PKCS#11 module) was found on this computer. Install the program that came with your token, or choose its module file.</source>
            <translation>No token program (PKCS#11 module) was found on this computer. Install the program that came with your token, or choose its module file.</translation>
        </message>
        <message>
            <source>None of the certificates belongs to this key. Choose the certificate issued for this key.</source>
            <translation>None of the certificates belongs to this key. Choose the certificate issued for this key.</translation>
        </message>
        <message>
            <source>Only Ukrainian phone numbers (+380...) are accepted; this one is from {country}.</source>
            <translation>Only Ukrainian phone numbers (+380...) are accepted; this one is from {country}.</translation>
        </message>
        <message>
            <source>Only addresses in Ukraine (UA) are accepted, not {value}.</source>
            <translation>Only addresses in Ukraine (UA) are accepted, not {value}.</translation>
        </message>
        <message>
            <source>Only digits are allowed here.</source>
            <translation>Only digits are allowed here.</translation>
        </message>
        <message>
            <source>Only one document of type {type} may be given.</source>
            <translation>Only one document of type {type} may be given.</translation>
        </message>
        <message>
            <source>Only one phone of type {type} may be given.</source>
            <translation>Only one phone of type {type} may be given.</translation>
        </message>
        <message>
            <source>Primary care facilities normally have KVED {code} (general medical practice).</source>
            <translation>Primary care facilities normally have KVED {code} (general medical practice).</translation>
        </message>
        <message>
            <source>Registration accepted. Note for your MIS support: the facility's client secret could not be kept on this computer ({reason}).</source>
            <translation>Registration accepted. Note for your MIS support: the facility's client secret could not be kept on this computer ({reason}).</translation>
        </message>
        <message>
            <source>Registration data</source>
            <translation>Registration data</translation>
        </message>
        <message>
            <source>Registration in eHealth</source>
            <translation>Registration in eHealth</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Russian-only letters ({letters}) are not allowed; use Ukrainian spelling.</source>
            <translation>Russian-only letters ({letters}) are not allowed; use Ukrainian spelling.</translation>
        </message>
        <message>
            <source>Several tokens are connected ({labels}). Choose one of them.</source>
            <translation>Several tokens are connected ({labels}). Choose one of them.</translation>
        </message>
        <message>
            <source>Signer's key matches the facility</source>
            <translation>Signer's key matches the facility</translation>
        </message>
        <message>
            <source>Something is wrong with the draft.</source>
            <translation>Something is wrong with the draft.</translation>
        </message>
        <message>
            <source>Something went wrong while talking to the eHealth server {host}. Try again later.</source>
            <translation>Something went wrong while talking to the eHealth server {host}. Try again later.</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>Something went wrong.</translation>
        </message>
        <message>
            <source>State register (ЄДР) record</source>
            <translation>State register (ЄДР) record</translation>
        </message>
        <message>
            <source>The PIN of the token “{label}” has expired. Change it with the token's tool.</source>
            <translation>The PIN of the token “{label}” has expired. Change it with the token's tool.</translation>
        </message>
        <message>
            <source>The PIN of the token “{label}” is locked after too many wrong tries. Unlock it with the PUK or your key provider's tool; the program cannot do it.</source>
            <translation>The PIN of the token “{label}” is locked after too many wrong tries. Unlock it with the PUK or your key provider's tool; the program cannot do it.</translation>
        </message>
        <message>
            <source>The accreditation expired on {expiry_date}.</source>
            <translation>The accreditation expired on {expiry_date}.</translation>
        </message>
        <message>
            <source>The accreditation expiry date must be after its issue date.</source>
            <translation>The accreditation expiry date must be after its issue date.</translation>
        </message>
        <message>
            <source>The birth date gives an age over {max_age} years.</source>
            <translation>The birth date gives an age over {max_age} years.</translation>
        </message>
        <message>
            <source>The birth date is in the future.</source>
            <translation>The birth date is in the future.</translation>
        </message>
        <message>
            <source>The certificate names no time-stamp service: give one with --tsp URL, or sign without a time-stamp (--no-tsp).</source>
            <translation>The certificate names no time-stamp service: give one with --tsp URL, or sign without a time-stamp (--no-tsp).</translation>
        </message>
        <message>
            <source>The certificate of the provider that issued your key could not be found, so the key's status could not be checked.</source>
            <translation>The certificate of the provider that issued your key could not be found, so the key's status could not be checked.</translation>
        </message>
        <message>
            <source>The certificate status could not be checked ({detail}); eHealth will check it when the registration is sent.</source>
            <translation>The certificate status could not be checked ({detail}); eHealth will check it when the registration is sent.</translation>
        </message>
        <message>
            <source>The certificate status service (OCSP) answered a different request. Try again.</source>
            <translation>The certificate status service (OCSP) answered a different request. Try again.</translation>
        </message>
        <message>
            <source>The certificate status service (OCSP) answered with an error. Try again later.</source>
            <translation>The certificate status service (OCSP) answered with an error. Try again later.</translation>
        </message>
        <message>
            <source>The certificate status service (OCSP) cannot be reached. Check the Internet connection.</source>
            <translation>The certificate status service (OCSP) cannot be reached. Check the Internet connection.</translation>
        </message>
        <message>
            <source>The certificate status service (OCSP) gave an answer that cannot be read.</source>
            <translation>The certificate status service (OCSP) gave an answer that cannot be read.</translation>
        </message>
        <message>
            <source>The certificate status service (OCSP) refused the request.</source>
            <translation>The certificate status service (OCSP) refused the request.</translation>
        </message>
        <message>
            <source>The checksum method {algorithm} is not supported.</source>
            <translation>The checksum method {algorithm} is not supported.</translation>
        </message>
        <message>
            <source>The code must be an 8-digit ЄДРПОУ, or the 10-digit РНОКПП of a sole proprietor (ФОП).</source>
            <translation>The code must be an 8-digit ЄДРПОУ, or the 10-digit РНОКПП of a sole proprietor (ФОП).</translation>
        </message>
        <message>
            <source>The content does not match the signature: it was changed after signing.</source>
            <translation>The content does not match the signature: it was changed after signing.</translation>
        </message>
        <message>
            <source>The director must be at least {min_age} years old.</source>
            <translation>The director must be at least {min_age} years old.</translation>
        </message>
        <message>
            <source>The draft file {file} does not hold a draft this program understands; it was set aside as {moved_to}.</source>
            <translation>The draft file {file} does not hold a draft this program understands; it was set aside as {moved_to}.</translation>
        </message>
        <message>
            <source>The draft file {file} is cut short (it was probably being written when the computer stopped); it was set aside as {moved_to}.</source>
            <translation>The draft file {file} is cut short (it was probably being written when the computer stopped); it was set aside as {moved_to}.</translation>
        </message>
        <message>
            <source>The draft file {file} is damaged (it is not readable text); it was set aside as {moved_to}.</source>
            <translation>The draft file {file} is damaged (it is not readable text); it was set aside as {moved_to}.</translation>
        </message>
        <message>
            <source>The draft file {file} is damaged (its contents are garbled); it was set aside as {moved_to}.</source>
            <translation>The draft file {file} is damaged (its contents are garbled); it was set aside as {moved_to}.</translation>
        </message>
        <message>
            <source>The draft file {file} is missing.</source>
            <translation>The draft file {file} is missing.</translation>
        </message>
        <message>
            <source>The draft was saved by an older version of the program (format {from_version}) and was updated to format {to_version}.</source>
            <translation>The draft was saved by an older version of the program (format {from_version}) and was updated to format {to_version}.</translation>
        </message>
        <message>
            <source>The draft {draft_id} was saved by a newer version of the program (format {version}; this one reads up to {supported}). Update the program to open it.</source>
            <translation>The draft {draft_id} was saved by a newer version of the program (format {version}; this one reads up to {supported}). Update the program to open it.</translation>
        </message>
        <message>
            <source>The eHealth server {host} failed (HTTP {status}). Try again later. {message}</source>
            <translation>The eHealth server {host} failed (HTTP {status}). Try again later. {message}</translation>
        </message>
        <message>
            <source>The facility's client secret is kept in the system's secure store.</source>
            <translation>The facility's client secret is kept in the system's secure store.</translation>
        </message>
        <message>
            <source>The file contains no signature.</source>
            <translation>The file contains no signature.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read: {error}.</source>
            <translation>The file {file} cannot be read: {error}.</translation>
        </message>
        <message>
            <source>The file {file} is neither a saved draft nor an eHealth legal-entity request.</source>
            <translation>The file {file} is neither a saved draft nor an eHealth legal-entity request.</translation>
        </message>
        <message>
            <source>The key file is empty.</source>
            <translation>The key file is empty.</translation>
        </message>
        <message>
            <source>The key file is incomplete (cut short). Copy it again from the original medium.</source>
            <translation>The key file is incomplete (cut short). Copy it again from the original medium.</translation>
        </message>
        <message>
            <source>The key has been closed; open it again to sign.</source>
            <translation>The key has been closed; open it again to sign.</translation>
        </message>
        <message>
            <source>The key's certificate has expired ({not_after}). Get a new key from your provider.</source>
            <translation>The key's certificate has expired ({not_after}). Get a new key from your provider.</translation>
        </message>
        <message>
            <source>The key's certificate was not found. Choose the certificate file (.cer, .crt, .pem, .p7b) or the folder that holds it.</source>
            <translation>The key's certificate was not found. Choose the certificate file (.cer, .crt, .pem, .p7b) or the folder that holds it.</translation>
        </message>
        <message>
            <source>The key's РНОКПП {cert_rnokpp} differs from the ЄДРПОУ/РНОКПП in the form ({edrpou}). A ФОП signs with the key issued for their own РНОКПП.</source>
            <translation>The key's РНОКПП {cert_rnokpp} differs from the ЄДРПОУ/РНОКПП in the form ({edrpou}). A ФОП signs with the key issued for their own РНОКПП.</translation>
        </message>
        <message>
            <source>The license cannot be active before it was issued.</source>
            <translation>The license cannot be active before it was issued.</translation>
        </message>
        <message>
            <source>The license expired on {expiry_date}.</source>
            <translation>The license expired on {expiry_date}.</translation>
        </message>
        <message>
            <source>The license expiry date must be after its issue date.</source>
            <translation>The license expiry date must be after its issue date.</translation>
        </message>
        <message>
            <source>The password does not fit this key. Check the keyboard layout and Caps Lock and try again.</source>
            <translation>The password does not fit this key. Check the keyboard layout and Caps Lock and try again.</translation>
        </message>
        <message>
            <source>The position {value} cannot be registered as the head of a facility in eHealth. Choose the head's position from the list.</source>
            <translation>The position {value} cannot be registered as the head of a facility in eHealth. Choose the head's position from the list.</translation>
        </message>
        <message>
            <source>The postal code must be 5 digits.</source>
            <translation>The postal code must be 5 digits.</translation>
        </message>
        <message>
            <source>The previous copy of the draft (saved {saved_at}) was restored. The last changes may be missing.</source>
            <translation>The previous copy of the draft (saved {saved_at}) was restored. The last changes may be missing.</translation>
        </message>
        <message>
            <source>The registration has not been sent yet.</source>
            <translation>The registration has not been sent yet.</translation>
        </message>
        <message>
            <source>The registration was saved by a newer version of the program (format {version}, this one reads up to {supported}).</source>
            <translation>The registration was saved by a newer version of the program (format {version}, this one reads up to {supported}).</translation>
        </message>
        <message>
            <source>The return address after signing in to eHealth (redirect URI) is not a valid web address. Copy it again from your medical software (MIS) vendor.</source>
            <translation>The return address after signing in to eHealth (redirect URI) is not a valid web address. Copy it again from your medical software (MIS) vendor.</translation>
        </message>
        <message>
            <source>The return address after signing in to eHealth (redirect URI) must start with https://. Your medical software (MIS) vendor gives you this address.</source>
            <translation>The return address after signing in to eHealth (redirect URI) must start with https://. Your medical software (MIS) vendor gives you this address.</translation>
        </message>
        <message>
            <source>The certificate {path} cannot be read: {reason}.</source>
            <translation>The certificate {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>A time-stamp was added to the signature by {url}.</source>
            <translation>A time-stamp was added to the signature by {url}.</translation>
        </message>
        <message>
            <source>Cannot save the client credentials to {path}: {reason}.</source>
            <translation>Cannot save the client credentials to {path}: {reason}.</translation>
        </message>
        <message>
            <source>Not sent: eHealth gives the facility's client secret only once, and this computer has nowhere to keep it (no keyring, no MIS hand-off address in the vendor profile). Run again with --secret-out FILE.</source>
            <translation>Not sent: eHealth gives the facility's client secret only once, and this computer has nowhere to keep it (no keyring, no MIS hand-off address in the vendor profile). Run again with --secret-out FILE.</translation>
        </message>
        <message>
            <source>Sandbox: the facility's client secret was not kept (no keyring, no --secret-out); on a real environment the program would refuse to submit.</source>
            <translation>Sandbox: the facility's client secret was not kept (no keyring, no --secret-out); on a real environment the program would refuse to submit.</translation>
        </message>
        <message>
            <source>The MIS hand-off address must start with https:// (got {url}).</source>
            <translation>The MIS hand-off address must start with https:// (got {url}).</translation>
        </message>
        <message>
            <source>The certificate names neither a status service (OCSP) nor a revocation list (CRL).</source>
            <translation>The certificate names neither a status service (OCSP) nor a revocation list (CRL).</translation>
        </message>
        <message>
            <source>The certificate of the provider that issued the signer's certificate was not found.</source>
            <translation>The certificate of the provider that issued the signer's certificate was not found.</translation>
        </message>
        <message>
            <source>The certificate status service (OCSP) does not know this certificate.</source>
            <translation>The certificate status service (OCSP) does not know this certificate.</translation>
        </message>
        <message>
            <source>The certificate status service (OCSP) sent too much, too slowly; its answer was not read.</source>
            <translation>The certificate status service (OCSP) sent too much, too slowly; its answer was not read.</translation>
        </message>
        <message>
            <source>The connection to the eHealth server {host} broke while it was answering. Check the Internet connection, then check the status before sending again.</source>
            <translation>The connection to the eHealth server {host} broke while it was answering. Check the Internet connection, then check the status before sending again.</translation>
        </message>
        <message>
            <source>The draft could not be saved to {file}: {error}. Check that the disk is not full and the folder can be written to, then try again.</source>
            <translation>The draft could not be saved to {file}: {error}. Check that the disk is not full and the folder can be written to, then try again.</translation>
        </message>
        <message>
            <source>The draft file {file} cannot be read: {error}. It was set aside as {moved_to}.</source>
            <translation>The draft file {file} cannot be read: {error}. It was set aside as {moved_to}.</translation>
        </message>
        <message>
            <source>The eHealth server {host} did not answer in time. Try again in a while.</source>
            <translation>The eHealth server {host} did not answer in time. Try again in a while.</translation>
        </message>
        <message>
            <source>The facility's client credentials are saved to {path} (readable only by you).</source>
            <translation>The facility's client credentials are saved to {path} (readable only by you).</translation>
        </message>
        <message>
            <source>The facility's client credentials could not be kept anywhere. Copy them now and give them to your MIS: eHealth shows them only once.</source>
            <translation>The facility's client credentials could not be kept anywhere. Copy them now and give them to your MIS: eHealth shows them only once.</translation>
        </message>
        <message>
            <source>The facility's client credentials were handed to your MIS ({url}: HTTP {status}, attempt {attempts}).</source>
            <translation>The facility's client credentials were handed to your MIS ({url}: HTTP {status}, attempt {attempts}).</translation>
        </message>
        <message>
            <source>The file must hold exactly one signature and no seal, but it holds {signatures} signature(s) and {seals} seal(s). Sign the saved file once, with the director's key only.</source>
            <translation>The file must hold exactly one signature and no seal, but it holds {signatures} signature(s) and {seals} seal(s). Sign the saved file once, with the director's key only.</translation>
        </message>
        <message>
            <source>The file {path} is too large to be a signed registration (over {limit} bytes).</source>
            <translation>The file {path} is too large to be a signed registration (over {limit} bytes).</translation>
        </message>
        <message>
            <source>The first name differs: the key says {cert_value}, the form says {value}. ЄДР compares the whole name letter by letter; write it exactly as in the key.</source>
            <translation>The first name differs: the key says {cert_value}, the form says {value}. ЄДР compares the whole name letter by letter; write it exactly as in the key.</translation>
        </message>
        <message>
            <source>The key file asks for {iterations} password-hashing rounds; real key files use at most {limit}, so it was not opened (it is damaged or made to hang the program).</source>
            <translation>The key file asks for {iterations} password-hashing rounds; real key files use at most {limit}, so it was not opened (it is damaged or made to hang the program).</translation>
        </message>
        <message>
            <source>The key file {path} cannot be read: {reason}.</source>
            <translation>The key file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>The live progress of the checks was lost and could not be resumed ({reason}); the registration may still finish on the server. Check its status later.</source>
            <translation>The live progress of the checks was lost and could not be resumed ({reason}); the registration may still finish on the server. Check its status later.</translation>
        </message>
        <message>
            <source>The number is too short ({digits} digits). A Ukrainian phone number has 10 digits starting with 0, e.g. 067 123 45 67.</source>
            <translation>The number is too short ({digits} digits). A Ukrainian phone number has 10 digits starting with 0, e.g. 067 123 45 67.</translation>
        </message>
        <message>
            <source>The passport series is written in Ukrainian (Cyrillic) letters; {letters} here are Latin. Retype the two letters with the Ukrainian keyboard, e.g. АБ123456.</source>
            <translation>The passport series is written in Ukrainian (Cyrillic) letters; {letters} here are Latin. Retype the two letters with the Ukrainian keyboard, e.g. АБ123456.</translation>
        </message>
        <message>
            <source>The password file {path} cannot be read: {reason}.</source>
            <translation>The password file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>The patronymic differs: the key says {cert_value}, the form says {value}. ЄДР compares the whole name letter by letter; write it exactly as in the key.</source>
            <translation>The patronymic differs: the key says {cert_value}, the form says {value}. ЄДР compares the whole name letter by letter; write it exactly as in the key.</translation>
        </message>
        <message>
            <source>The receipt of {id} kept on this computer is damaged. Give the signed file (.p7s) instead.</source>
            <translation>The receipt of {id} kept on this computer is damaged. Give the signed file (.p7s) instead.</translation>
        </message>
        <message>
            <source>The revocation list (CRL) address answered with an error.</source>
            <translation>The revocation list (CRL) address answered with an error.</translation>
        </message>
        <message>
            <source>The revocation list (CRL) cannot be downloaded.</source>
            <translation>The revocation list (CRL) cannot be downloaded.</translation>
        </message>
        <message>
            <source>The revocation list (CRL) cannot be read.</source>
            <translation>The revocation list (CRL) cannot be read.</translation>
        </message>
        <message>
            <source>The revocation list (CRL) is not signed by the certificate's issuer.</source>
            <translation>The revocation list (CRL) is not signed by the certificate's issuer.</translation>
        </message>
        <message>
            <source>The revocation list (CRL) is out of date.</source>
            <translation>The revocation list (CRL) is out of date.</translation>
        </message>
        <message>
            <source>The revocation list (CRL) is too large or too slow; it was not read.</source>
            <translation>The revocation list (CRL) is too large or too slow; it was not read.</translation>
        </message>
        <message>
            <source>The sandbox cannot listen on 127.0.0.1 port {port}: {reason}.</source>
            <translation>The sandbox cannot listen on 127.0.0.1 port {port}: {reason}.</translation>
        </message>
        <message>
            <source>The secure connection to {host} failed: the server's certificate could not be verified. Check the server address and the computer's date and time.</source>
            <translation>The secure connection to {host} failed: the server's certificate could not be verified. Check the server address and the computer's date and time.</translation>
        </message>
        <message>
            <source>The signature could not be completed without changing it. Sign again and choose “data and signature in one file” with a time-stamp.</source>
            <translation>The signature could not be completed without changing it. Sign again and choose “data and signature in one file” with a time-stamp.</translation>
        </message>
        <message>
            <source>The signature file {path} cannot be read: {reason}.</source>
            <translation>The signature file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>The signature has no time-stamp and the certificate names no time-stamp service to add one. Sign again and choose a signature with a time-stamp.</source>
            <translation>The signature has no time-stamp and the certificate names no time-stamp service to add one. Sign again and choose a signature with a time-stamp.</translation>
        </message>
        <message>
            <source>The signature is not valid.</source>
            <translation>The signature is not valid.</translation>
        </message>
        <message>
            <source>The signature is not valid: the document or signature was changed, or the certificate was revoked before the signature was made.</source>
            <translation>The signature is not valid: the document or signature was changed, or the certificate was revoked before the signature was made.</translation>
        </message>
        <message>
            <source>The signature's time-stamp comes from an untrusted service.</source>
            <translation>The signature's time-stamp comes from an untrusted service.</translation>
        </message>
        <message>
            <source>The signature's time-stamp does not verify.</source>
            <translation>The signature's time-stamp does not verify.</translation>
        </message>
        <message>
            <source>The signed document differs from this registration in “{field}”. Sign the file the program saved for you, unchanged.</source>
            <translation>The signed document differs from this registration in “{field}”. Sign the file the program saved for you, unchanged.</translation>
        </message>
        <message>
            <source>The signed document is not this registration. Sign the file the program saved for you.</source>
            <translation>The signed document is not this registration. Sign the file the program saved for you.</translation>
        </message>
        <message>
            <source>The signed document was put inside the signature file.</source>
            <translation>The signed document was put inside the signature file.</translation>
        </message>
        <message>
            <source>The signed file cannot be sent: {count} problem(s) found. Nothing was sent.</source>
            <translation>The signed file cannot be sent: {count} problem(s) found. Nothing was sent.</translation>
        </message>
        <message>
            <source>The signed file {path} is empty.</source>
            <translation>The signed file {path} is empty.</translation>
        </message>
        <message>
            <source>The signer's certificate had expired at that time.</source>
            <translation>The signer's certificate had expired at that time.</translation>
        </message>
        <message>
            <source>The signer's certificate has been revoked, and no time-stamp proves the signature was made before that.</source>
            <translation>The signer's certificate has been revoked, and no time-stamp proves the signature was made before that.</translation>
        </message>
        <message>
            <source>The signer's certificate is not inside the signature.</source>
            <translation>The signer's certificate is not inside the signature.</translation>
        </message>
        <message>
            <source>The signer's certificate was not issued by a trusted provider.</source>
            <translation>The signer's certificate was not issued by a trusted provider.</translation>
        </message>
        <message>
            <source>The signer's certificate was not yet valid at that time.</source>
            <translation>The signer's certificate was not yet valid at that time.</translation>
        </message>
        <message>
            <source>The signer's certificate was revoked before the signature was made.</source>
            <translation>The signer's certificate was revoked before the signature was made.</translation>
        </message>
        <message>
            <source>The signing method {algorithm} is not supported.</source>
            <translation>The signing method {algorithm} is not supported.</translation>
        </message>
        <message>
            <source>The step {step} cannot be opened from here.</source>
            <translation>The step {step} cannot be opened from here.</translation>
        </message>
        <message>
            <source>The text cannot start with '{char}'; start with a letter or a digit.</source>
            <translation>The text cannot start with '{char}'; start with a letter or a digit.</translation>
        </message>
        <message>
            <source>The time-stamp could not be obtained.</source>
            <translation>The time-stamp could not be obtained.</translation>
        </message>
        <message>
            <source>The time-stamp is signed by a certificate not meant for time-stamping.</source>
            <translation>The time-stamp is signed by a certificate not meant for time-stamping.</translation>
        </message>
        <message>
            <source>The time-stamp lies outside the certificate's validity.</source>
            <translation>The time-stamp lies outside the certificate's validity.</translation>
        </message>
        <message>
            <source>The time-stamp service answered a different request. Try again.</source>
            <translation>The time-stamp service answered a different request. Try again.</translation>
        </message>
        <message>
            <source>The time-stamp service answered something that is not a time-stamp.</source>
            <translation>The time-stamp service answered something that is not a time-stamp.</translation>
        </message>
        <message>
            <source>The time-stamp service is not trusted.</source>
            <translation>The time-stamp service is not trusted.</translation>
        </message>
        <message>
            <source>The time-stamp service {host} answered with an error (HTTP {status}). Try again later.</source>
            <translation>The time-stamp service {host} answered with an error (HTTP {status}). Try again later.</translation>
        </message>
        <message>
            <source>The time-stamp service {host} cannot be reached: {reason}. Check the Internet connection and try again.</source>
            <translation>The time-stamp service {host} cannot be reached: {reason}. Check the Internet connection and try again.</translation>
        </message>
        <message>
            <source>The time-stamp's signature does not verify ({reason}).</source>
            <translation>The time-stamp's signature does not verify ({reason}).</translation>
        </message>
        <message>
            <source>The token is no longer open. Open it again.</source>
            <translation>The token is no longer open. Open it again.</translation>
        </message>
        <message>
            <source>The token program (PKCS#11 module) {path} was not found.</source>
            <translation>The token program (PKCS#11 module) {path} was not found.</translation>
        </message>
        <message>
            <source>The token program {path} could not be loaded ({reason}). Make sure it is the module your token's supplier provides for this computer (64-bit).</source>
            <translation>The token program {path} could not be loaded ({reason}). Make sure it is the module your token's supplier provides for this computer (64-bit).</translation>
        </message>
        <message>
            <source>The token reported an error: {reason}.</source>
            <translation>The token reported an error: {reason}.</translation>
        </message>
        <message>
            <source>The token “{label}” cannot make this kind of signature ({mechanism}).</source>
            <translation>The token “{label}” cannot make this kind of signature ({mechanism}).</translation>
        </message>
        <message>
            <source>The token “{label}” holds no certificate together with its signing key.</source>
            <translation>The token “{label}” holds no certificate together with its signing key.</translation>
        </message>
        <message>
            <source>The token “{label}” holds the certificate {cert_id} but not its private key.</source>
            <translation>The token “{label}” holds the certificate {cert_id} but not its private key.</translation>
        </message>
        <message>
            <source>The token “{label}” is not connected. Plug it in and try again. Connected: {available}.</source>
            <translation>The token “{label}” is not connected. Plug it in and try again. Connected: {available}.</translation>
        </message>
        <message>
            <source>The token “{label}” returned a signature that does not match its certificate. Choose another certificate or contact your key provider.</source>
            <translation>The token “{label}” returned a signature that does not match its certificate. Choose another certificate or contact your key provider.</translation>
        </message>
        <message>
            <source>The token “{label}” was removed while it was in use. Plug it back in and open it again.</source>
            <translation>The token “{label}” was removed while it was in use. Plug it back in and open it again.</translation>
        </message>
        <message>
            <source>The value must be one of: {allowed}.</source>
            <translation>The value must be one of: {allowed}.</translation>
        </message>
        <message>
            <source>The vendor profile {file} cannot be used: {reason}.</source>
            <translation>The vendor profile {file} cannot be used: {reason}.</translation>
        </message>
        <message>
            <source>The {format} key file is damaged and cannot be read.</source>
            <translation>The {format} key file is damaged and cannot be read.</translation>
        </message>
        <message>
            <source>The РНОКПП (individual tax number) must be 10 digits.</source>
            <translation>The РНОКПП (individual tax number) must be 10 digits.</translation>
        </message>
        <message>
            <source>There is no certificate with id {cert_id} on the token “{label}”.</source>
            <translation>There is no certificate with id {cert_id} on the token “{label}”.</translation>
        </message>
        <message>
            <source>There is no draft {draft_id}.</source>
            <translation>There is no draft {draft_id}.</translation>
        </message>
        <message>
            <source>There is no sent registration to follow.</source>
            <translation>There is no sent registration to follow.</translation>
        </message>
        <message>
            <source>These characters are not allowed here: {chars}.</source>
            <translation>These characters are not allowed here: {chars}.</translation>
        </message>
        <message>
            <source>This PIN has a length or characters the token “{label}” does not accept.</source>
            <translation>This PIN has a length or characters the token “{label}” does not accept.</translation>
        </message>
        <message>
            <source>This certificate is for encryption (key agreement), not for signing. Choose the signing key.</source>
            <translation>This certificate is for encryption (key agreement), not for signing. Choose the signing key.</translation>
        </message>
        <message>
            <source>This date is in the future.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <source>This facility type needs a license of type {expected}.</source>
            <translation>This facility type needs a license of type {expected}.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>This is a personal key: it names only the РНОКПП {cert_rnokpp} and no ЄДРПОУ (Дія.Підпис and many cloud keys are like this). For a legal entity eHealth accepts only a key issued to the head of the entity, with its ЄДРПОУ {edrpou}. Ask your key provider for such a key.</source>
            <translation>This is a personal key: it names only the РНОКПП {cert_rnokpp} and no ЄДРПОУ (Дія.Підпис and many cloud keys are like this). For a legal entity eHealth accepts only a key issued to the head of the entity, with its ЄДРПОУ {edrpou}. Ask your key provider for such a key.</translation>
        </message>
        <message>
            <source>This is an electronic seal of {organization}; eHealth needs the director's personal signature.</source>
            <translation>This is an electronic seal of {organization}; eHealth needs the director's personal signature.</translation>
        </message>
        <message>
            <source>This is not a valid e-mail address.</source>
            <translation>This is not a valid e-mail address.</translation>
        </message>
        <message>
            <source>This is not a valid phone number.</source>
            <translation>This is not a valid phone number.</translation>
        </message>
        <message>
            <source>This step cannot be opened now.</source>
            <translation>This step cannot be opened now.</translation>
        </message>
        <message>
            <source>Types of activity (KVED)</source>
            <translation>Types of activity (KVED)</translation>
        </message>
        <message>
            <source>Warning: no keyring, no hand-off address and no --secret-out: on a real environment this submission would be refused before sending (the sandbox goes on).</source>
            <translation>Warning: no keyring, no hand-off address and no --secret-out: on a real environment this submission would be refused before sending (the sandbox goes on).</translation>
        </message>
        <message>
            <source>Whether the signer's certificate was revoked cannot be checked now. Try again later.</source>
            <translation>Whether the signer's certificate was revoked cannot be checked now. Try again later.</translation>
        </message>
        <message>
            <source>Wrong PIN for the token “{label}”. Check it and try again.</source>
            <translation>Wrong PIN for the token “{label}”. Check it and try again.</translation>
        </message>
        <message>
            <source>Wrong PIN for the token “{label}”. Only one try is left: one more wrong PIN locks the token.</source>
            <translation>Wrong PIN for the token “{label}”. Only one try is left: one more wrong PIN locks the token.</translation>
        </message>
        <message>
            <source>Wrong PIN for the token “{label}”. The token reports that only a few tries are left before it locks.</source>
            <translation>Wrong PIN for the token “{label}”. The token reports that only a few tries are left before it locks.</translation>
        </message>
        <message>
            <source>You cannot go back from the step {step}.</source>
            <translation>You cannot go back from the step {step}.</translation>
        </message>
        <message>
            <source>You must accept the public offer to register.</source>
            <translation>You must accept the public offer to register.</translation>
        </message>
        <message>
            <source>Your MIS did not take the facility's client credentials ({url}): {reason}.</source>
            <translation>Your MIS did not take the facility's client credentials ({url}): {reason}.</translation>
        </message>
        <message>
            <source>Your key provider's status service does not know this certificate. Check that you chose the right key, or ask your provider.</source>
            <translation>Your key provider's status service does not know this certificate. Check that you chose the right key, or ask your provider.</translation>
        </message>
        <message>
            <source>a file with this name already exists</source>
            <translation>a file with this name already exists</translation>
        </message>
        <message>
            <source>a part of the path is a file, not a folder</source>
            <translation>a part of the path is a file, not a folder</translation>
        </message>
        <message>
            <source>an unexpected problem with the computer or the network</source>
            <translation>an unexpected problem with the computer or the network</translation>
        </message>
        <message>
            <source>another program is using it</source>
            <translation>another program is using it</translation>
        </message>
        <message>
            <source>eHealth could not read the request: {message}</source>
            <translation>eHealth could not read the request: {message}</translation>
        </message>
        <message>
            <source>eHealth does not accept a passport number instead of a РНОКПП; enter the 10-digit РНОКПП.</source>
            <translation>eHealth does not accept a passport number instead of a РНОКПП; enter the 10-digit РНОКПП.</translation>
        </message>
        <message>
            <source>eHealth found errors in the registration: {message}</source>
            <translation>eHealth found errors in the registration: {message}</translation>
        </message>
        <message>
            <source>eHealth has no such record, or the server address is wrong. {message}</source>
            <translation>eHealth has no such record, or the server address is wrong. {message}</translation>
        </message>
        <message>
            <source>eHealth needs the date the license is valid until. If the license is indefinite, mark it as indefinite (it is sent as valid until 31.12.9999).</source>
            <translation>eHealth needs the date the license is valid until. If the license is indefinite, mark it as indefinite (it is sent as valid until 31.12.9999).</translation>
        </message>
        <message>
            <source>eHealth refused the registration: {message}</source>
            <translation>eHealth refused the registration: {message}</translation>
        </message>
        <message>
            <source>eHealth refused the request (HTTP {status}): {message}</source>
            <translation>eHealth refused the request (HTTP {status}): {message}</translation>
        </message>
        <message>
            <source>eHealth requires this field.</source>
            <translation>eHealth requires this field.</translation>
        </message>
        <message>
            <source>eHealth would not accept this value (rule {rule}).</source>
            <translation>eHealth would not accept this value (rule {rule}).</translation>
        </message>
        <message>
            <source>eHealth: the date is not valid ({description}).</source>
            <translation>eHealth: the date is not valid ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the e-mail address is not valid ({description}).</source>
            <translation>eHealth: the e-mail address is not valid ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the number is not valid ({description}).</source>
            <translation>eHealth: the number is not valid ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the value has the wrong format ({description}).</source>
            <translation>eHealth: the value has the wrong format ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the value has the wrong length ({description}).</source>
            <translation>eHealth: the value has the wrong length ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the value is not allowed ({description}).</source>
            <translation>eHealth: the value is not allowed ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the value is not allowed here ({description}).</source>
            <translation>eHealth: the value is not allowed here ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the value is not valid ({description}).</source>
            <translation>eHealth: the value is not valid ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the value is not written the way eHealth expects ({description}).</source>
            <translation>eHealth: the value is not written the way eHealth expects ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the value is of the wrong kind ({description}).</source>
            <translation>eHealth: the value is of the wrong kind ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the value must be unique ({description}).</source>
            <translation>eHealth: the value must be unique ({description}).</translation>
        </message>
        <message>
            <source>eHealth: the values are not allowed ({description}).</source>
            <translation>eHealth: the values are not allowed ({description}).</translation>
        </message>
        <message>
            <source>eHealth: this field is required ({description}).</source>
            <translation>eHealth: this field is required ({description}).</translation>
        </message>
        <message>
            <source>eHealth: {description}</source>
            <translation>eHealth: {description}</translation>
        </message>
        <message>
            <source>eHealth: {description} (rule {rule}).</source>
            <translation>eHealth: {description} (rule {rule}).</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>it is a folder, not a file</translation>
        </message>
        <message>
            <source>it is far larger than such a file can be</source>
            <translation>it is far larger than such a file can be</translation>
        </message>
        <message>
            <source>it is not a certificate file</source>
            <translation>it is not a certificate file</translation>
        </message>
        <message>
            <source>it is not a saved registration or draft (the text is broken at line {line}, column {column})</source>
            <translation>it is not a saved registration or draft (the text is broken at line {line}, column {column})</translation>
        </message>
        <message>
            <source>it is not a text file</source>
            <translation>it is not a text file</translation>
        </message>
        <message>
            <source>it is not an ordinary file (a device, a pipe or a folder)</source>
            <translation>it is not an ordinary file (a device, a pipe or a folder)</translation>
        </message>
        <message>
            <source>its answer was far longer than an acknowledgement can be</source>
            <translation>its answer was far longer than an acknowledgement can be</translation>
        </message>
        <message>
            <source>no secure password store</source>
            <translation>no secure password store</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <source>the address is already taken by another program</source>
            <translation>the address is already taken by another program</translation>
        </message>
        <message>
            <source>the connection was cut off</source>
            <translation>the connection was cut off</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>the disk or folder is read-only</source>
            <translation>the disk or folder is read-only</translation>
        </message>
        <message>
            <source>the disk or memory stick could not be read or written</source>
            <translation>the disk or memory stick could not be read or written</translation>
        </message>
        <message>
            <source>the file name is too long</source>
            <translation>the file name is too long</translation>
        </message>
        <message>
            <source>the file or folder does not exist</source>
            <translation>the file or folder does not exist</translation>
        </message>
        <message>
            <source>the network is not reachable (check the Internet connection)</source>
            <translation>the network is not reachable (check the Internet connection)</translation>
        </message>
        <message>
            <source>the secure connection could not be set up</source>
            <translation>the secure connection could not be set up</translation>
        </message>
        <message>
            <source>the secure password store refused it</source>
            <translation>the secure password store refused it</translation>
        </message>
        <message>
            <source>the server did not answer in time</source>
            <translation>the server did not answer in time</translation>
        </message>
        <message>
            <source>the server failed</source>
            <translation>the server failed</translation>
        </message>
        <message>
            <source>the server kept closing the progress stream</source>
            <translation>the server kept closing the progress stream</translation>
        </message>
        <message>
            <source>the server stopped sending progress too early</source>
            <translation>the server stopped sending progress too early</translation>
        </message>
        <message>
            <source>the server took too long to finish the checks</source>
            <translation>the server took too long to finish the checks</translation>
        </message>
        <message>
            <source>the server's name could not be found (check the address and the Internet connection)</source>
            <translation>the server's name could not be found (check the address and the Internet connection)</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>waiting</translation>
        </message>
        <message>
            <source>{url} is not a valid server address (it must start with https://).</source>
            <translation>{url} is not a valid server address (it must start with https://).</translation>
        </message>
        <message>
            <source>The signature cannot be confirmed: a certificate or a check needed for it is missing. It is not proven invalid.</source>
            <translation>The signature cannot be confirmed: a certificate or a check needed for it is missing. It is not proven invalid.</translation>
        </message>
        <message>
            <source>The signature is valid.</source>
            <translation>The signature is valid.</translation>
        </message>
        <message>
            <source>The signature was made before its certificate was issued.</source>
            <translation>The signature was made before its certificate was issued.</translation>
        </message>
        <message>
            <source>The signed file {path} cannot be read: {reason}.</source>
            <translation>The signed file {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>The time-stamp uses an algorithm this program does not know.</source>
            <translation>The time-stamp uses an algorithm this program does not know.</translation>
        </message>
        <message>
            <source>The trust list cannot be downloaded from {host}: {reason}.</source>
            <translation>The trust list cannot be downloaded from {host}: {reason}.</translation>
        </message>
        <message>
            <source>The trust list {path} cannot be read: {reason}.</source>
            <translation>The trust list {path} cannot be read: {reason}.</translation>
        </message>
        <message>
            <source>{path} holds no certificates: it is not a trust list.</source>
            <translation>{path} holds no certificates: it is not a trust list.</translation>
        </message>
        <message>
            <source>No receipt of {id} is kept on this computer. Give the signed file (.p7s) instead.</source>
            <translation>No receipt of {id} is kept on this computer. Give the signed file (.p7s) instead.</translation>
        </message>
    </context>
</TS>
