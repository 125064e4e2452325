<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About the program</source>
        <translation>Про програму</translation>
    </message>
    <message>
        <source>eHealth registration of a medical practice</source>
        <translation>Реєстрація медичної практики в eHealth</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Версія {version}</translation>
    </message>
    <message>
        <source>Environment: the sandbox (practice, nothing is really registered)</source>
        <translation>Середовище: пісочниця (тренування, насправді нічого не реєструється)</translation>
    </message>
    <message>
        <source>Environment: eHealth {name} ({host})</source>
        <translation>Середовище: eHealth {name} ({host})</translation>
    </message>
    <message>
        <source>Provided by {vendor}</source>
        <translation>Надає {vendor}</translation>
    </message>
    <message>
        <source>Support:</source>
        <translation>Підтримка:</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>Вільна програма за ліцензією {licence}.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Про програму</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Send to the MIS</source>
        <translation>Передати в МІС</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation>Зберегти у файл…</translation>
    </message>
    <message>
        <source>eHealth issued the facility&apos;s access credentials (client id and secret) once. Send them to your medical information system (MIS) at {host}?</source>
        <translation>ЕСОЗ один раз видала облікові дані доступу закладу (ідентифікатор клієнта і секрет). Передати їх вашій медичній інформаційній системі (МІС) за адресою {host}?</translation>
    </message>
    <message>
        <source>The facility&apos;s access secret is kept in this computer&apos;s secure password store.</source>
        <translation>Секрет доступу закладу збережено в захищеному сховищі паролів цього комп’ютера.</translation>
    </message>
    <message>
        <source>eHealth shows the facility&apos;s access credentials only once and this computer has no secure store for them. Copy them or save them to a file now and give them to your MIS; they are not shown again.</source>
        <translation>ЕСОЗ показує облікові дані доступу закладу лише один раз, а на цьому комп’ютері немає захищеного сховища для них. Скопіюйте їх або збережіть у файл зараз і передайте вашій МІС — більше вони не показуватимуться.</translation>
    </message>
    <message>
        <source>Sending to the MIS…</source>
        <translation>Передаємо в МІС…</translation>
    </message>
    <message>
        <source>Handed to your MIS: it answered HTTP {status} (reference {reference}).</source>
        <translation>Передано вашій МІС: вона відповіла HTTP {status} (номер {reference}).</translation>
    </message>
    <message>
        <source>The MIS did not take them: {reason}</source>
        <translation>МІС їх не прийняла: {reason}</translation>
    </message>
    <message>
        <source>Save the facility&apos;s access credentials</source>
        <translation>Збереження облікових даних доступу закладу</translation>
    </message>
    <message>
        <source>Saved to {path} (only you can read the file).</source>
        <translation>Збережено у {path} (файл можете прочитати лише ви).</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The sandbox is still starting; try again in a few seconds.</source>
        <translation>Пісочниця ще запускається; спробуйте за кілька секунд.</translation>
    </message>
    <message>
        <source>Preparing the demo facility and key…</source>
        <translation>Готуємо демонстраційний заклад і ключ…</translation>
    </message>
    <message>
        <source>Done: the form is filled in and a demo key is ready (its password is typed in for you). Press Next.</source>
        <translation>Готово: форму заповнено, демонстраційний ключ готовий (пароль уже введено). Натисніть «Далі».</translation>
    </message>
</context>
<context>
    <name>DirectorPage</name>
    <message>
        <source>female</source>
        <translation>жіноча</translation>
    </message>
    <message>
        <source>male</source>
        <translation>чоловіча</translation>
    </message>
    <message>
        <source>Head of the facility</source>
        <translation>Керівник закладу</translation>
    </message>
    <message>
        <source>The person who signs with their qualified key. Names exactly as in the passport, in Ukrainian.</source>
        <translation>Людина, яка підписує своїм кваліфікованим ключем. Ім&apos;я та прізвище — точно як у паспорті, українською.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— оберіть —</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Вибрати дату в календарі</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>e.g. Коваленко</source>
        <translation>наприклад, Коваленко</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>e.g. Олена</source>
        <translation>наприклад, Олена</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>e.g. Петрівна</source>
        <translation>наприклад, Петрівна</translation>
    </message>
    <message>
        <source>Tax number (RNOKPP)</source>
        <translation>РНОКПП (ідентифікаційний код)</translation>
    </message>
    <message>
        <source>10 digits, from the tax number card.</source>
        <translation>10 цифр, з картки платника податків.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Day.month.year, e.g. 19.08.1981</source>
        <translation>День.місяць.рік, наприклад 19.08.1981</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Документ, що посвідчує особу</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Series and number</source>
        <translation>Серія та номер</translation>
    </message>
    <message>
        <source>e.g. МЕ123456 or 001234567</source>
        <translation>наприклад, МЕ123456 або 001234567</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ким виданий</translation>
    </message>
    <message>
        <source>e.g. 8012</source>
        <translation>наприклад, 8012</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>eHealth sends the invitation to this address. Use one you read.</source>
        <translation>Сюди eHealth надішле запрошення. Вкажіть адресу, яку ви регулярно перевіряєте.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Мобільний телефон</translation>
    </message>
    <message>
        <source>10 digits starting with 0, e.g. 067 123 45 67</source>
        <translation>Введіть 10 цифр, починаючи з 0, напр. 067 123 45 67</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Sent! One more step for you</source>
        <translation>Надіслано! Залишився один крок</translation>
    </message>
    <message>
        <source>eHealth accepted the registration.</source>
        <translation>eHealth прийняла реєстрацію.</translation>
    </message>
    <message>
        <source>Open the sandbox mailbox</source>
        <translation>Відкрити поштову скриньку пісочниці</translation>
    </message>
    <message>
        <source>After you accept the invitation:</source>
        <translation>Після того як ви приймете запрошення:</translation>
    </message>
    <message>
        <source>You can close the program now: these steps are checked again when you choose “Follow a registration I have already sent” on the first page.</source>
        <translation>Програму вже можна закрити: ці кроки перевіряться знову, коли на першій сторінці ви оберете «Стежити за вже надісланою реєстрацією».</translation>
    </message>
    <message>
        <source>eHealth has sent an invitation to {email}. Open that e-mail, follow the link and confirm it before it expires; then you sign in to eHealth as the head of the facility and can add doctors. The status below updates by itself.</source>
        <translation>eHealth надіслала запрошення на {email}. Відкрийте цей лист, перейдіть за посиланням і підтвердьте, поки воно чинне; після цього ви входите в eHealth як керівник закладу і можете додавати лікарів. Стан нижче оновлюється сам.</translation>
    </message>
    <message>
        <source>The link in the e-mail: {link}
It is valid until {when}.</source>
        <translation>Посилання з листа: {link}
Воно чинне до {when}.</translation>
    </message>
    <message>
        <source>waiting for your confirmation</source>
        <translation>чекає на ваше підтвердження</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>Done! The facility is registered in eHealth</source>
        <translation>Готово! Заклад зареєстровано в eHealth</translation>
    </message>
    <message>
        <source>The invitation is accepted and the facility is in the eHealth registry. You can now sign in to eHealth as the head of the facility and add doctors.</source>
        <translation>Запрошення прийнято, заклад внесено до реєстру eHealth. Тепер ви можете увійти в eHealth як керівник закладу й додати лікарів.</translation>
    </message>
    <message>
        <source>The status could not be checked just now: {reason} Your registration is not affected; follow it again later from the first page.</source>
        <translation>Зараз не вдалося перевірити стан: {reason} З вашою реєстрацією все гаразд; перевірте її пізніше з першої сторінки.</translation>
    </message>
    <message>
        <source>eHealth keeps the invitation open until {when}.</source>
        <translation>ЕСОЗ чекає на підтвердження запрошення до {when}.</translation>
    </message>
    <message>
        <source>Your facility&apos;s id in eHealth:</source>
        <translation>Ідентифікатор вашого закладу в eHealth:</translation>
    </message>
    <message>
        <source>Save the receipt (PDF)</source>
        <translation>Зберегти квитанцію (PDF)</translation>
    </message>
    <message>
        <source>Save the signed file</source>
        <translation>Зберегти підписаний файл</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Копіювати посилання</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>Зберегти квитанцію</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Готуємо квитанцію…</translation>
    </message>
    <message>
        <source>The receipt is saved: {path}</source>
        <translation>Квитанцію збережено: {path}</translation>
    </message>
    <message>
        <source>The file could not be saved: {reason}</source>
        <translation>Файл не вдалося зберегти: {reason}</translation>
    </message>
    <message>
        <source>Signed files (*.p7s)</source>
        <translation>Підписані файли (*.p7s)</translation>
    </message>
    <message>
        <source>The signed file is saved: {path}</source>
        <translation>Підписаний файл збережено: {path}</translation>
    </message>
    <message>
        <source>No web browser opened. The sandbox mailbox is at: {link}</source>
        <translation>Браузер не відкрився. Поштова скринька пісочниці — за адресою: {link}</translation>
    </message>
</context>
<context>
    <name>ExternalPanel</name>
    <message>
        <source>Sign with a cloud key or another program</source>
        <translation>Підписати хмарним ключем або іншою програмою</translation>
    </message>
    <message>
        <source>I accept the public offer of eHealth and confirm that the data are correct.</source>
        <translation>Приймаю публічну оферту eHealth і підтверджую, що дані правильні.</translation>
    </message>
    <message>
        <source>1. Save the file to sign…</source>
        <translation>1. Зберегти файл для підпису…</translation>
    </message>
    <message>
        <source>Open czo.gov.ua/sign</source>
        <translation>Відкрити czo.gov.ua/sign</translation>
    </message>
    <message>
        <source>For a cloud key (PrivatBank SmartID, Vchasno, DepositSign, CloudKey, Diia.Signature…) or any other signing program: the program saves the registration as a file, you sign it on the state signing page and bring the signed file back here. The program checks it before anything is sent.</source>
        <translation>Для хмарного ключа (ПриватБанк SmartID, Вчасно, DepositSign, CloudKey, Дія.Підпис…) або будь-якої іншої програми підпису: програма збереже заявку у файл, ви підпишете його на державному сайті підпису й повернете сюди підписаний файл. Програма перевірить його, перш ніж щось надіслати.</translation>
    </message>
    <message>
        <source>For Diia.Signature: ca.diia.gov.ua</source>
        <translation>Для Дія.Підпису: ca.diia.gov.ua</translation>
    </message>
    <message>
        <source>Choose the signed file…</source>
        <translation>Вибрати підписаний файл…</translation>
    </message>
    <message>
        <source>Checking the signed file</source>
        <translation>Перевірка підписаного файлу</translation>
    </message>
    <message>
        <source>You may close the program while you sign: this draft remembers that it waits for the signed file.</source>
        <translation>Поки підписуєте, програму можна закрити: ця чернетка пам&apos;ятає, що чекає на підписаний файл.</translation>
    </message>
    <message>
        <source>Accept the public offer first: it is part of what you sign.</source>
        <translation>Спершу прийміть публічну оферту: вона — частина того, що ви підписуєте.</translation>
    </message>
    <message>
        <source>The form is not finished yet: complete it before saving the file to sign (a signed file cannot be changed afterwards).</source>
        <translation>Форму ще не заповнено: завершіть її, перш ніж зберегти файл для підпису (підписаний файл згодом змінити не можна).</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Збережено: {path}</translation>
    </message>
    <message>
        <source>The registration changed after this file was saved: save it again and sign the new file.</source>
        <translation>Заявка змінилася після збереження цього файлу: збережіть його знову й підпишіть новий файл.</translation>
    </message>
    <message>
        <source>Save the file to sign (the button above).</source>
        <translation>Збережіть файл для підпису (кнопка вище).</translation>
    </message>
    <message>
        <source>Open the state signing page (the button below) and choose your key or cloud signature provider.</source>
        <translation>Відкрийте державний сайт підпису (кнопка нижче) і виберіть свій ключ або надавача хмарного підпису.</translation>
    </message>
    <message>
        <source>Upload the file &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Завантажте файл &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Choose &lt;b&gt;data and signature in one file&lt;/b&gt; (CAdES, attached) and a signature &lt;b&gt;with a time-stamp&lt;/b&gt;.</source>
        <translation>Виберіть &lt;b&gt;дані та підпис в одному файлі&lt;/b&gt; (CAdES, вбудований) і підпис &lt;b&gt;з позначкою часу&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Sign, download the signed file (&lt;b&gt;{name}.p7s&lt;/b&gt;) and choose it below.</source>
        <translation>Підпишіть, завантажте підписаний файл (&lt;b&gt;{name}.p7s&lt;/b&gt;) і виберіть його нижче.</translation>
    </message>
    <message>
        <source>Save the file to sign</source>
        <translation>Зберегти файл для підпису</translation>
    </message>
    <message>
        <source>Registration (*.json);;All files (*)</source>
        <translation>Заявка (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose the signed file</source>
        <translation>Виберіть підписаний файл</translation>
    </message>
    <message>
        <source>Signed files (*.p7s *.p7m *.sig *.pem);;All files (*)</source>
        <translation>Підписані файли (*.p7s *.p7m *.sig *.pem);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Signature check on this computer: {verdict}</source>
        <translation>Перевірка підпису на цьому комп&apos;ютері: {verdict}</translation>
    </message>
</context>
<context>
    <name>FacilityPage</name>
    <message>
        <source>Primary care (family doctor, therapist)</source>
        <translation>Первинна допомога (сімейний лікар, терапевт)</translation>
    </message>
    <message>
        <source>Outpatient specialist care</source>
        <translation>Амбулаторна спеціалізована допомога</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Аптека</translation>
    </message>
    <message>
        <source>city</source>
        <translation>місто</translation>
    </message>
    <message>
        <source>urban-type settlement</source>
        <translation>селище міського типу</translation>
    </message>
    <message>
        <source>village</source>
        <translation>село</translation>
    </message>
    <message>
        <source>settlement</source>
        <translation>селище</translation>
    </message>
    <message>
        <source>Your facility</source>
        <translation>Ваш заклад</translation>
    </message>
    <message>
        <source>As written in the state register (EDR). Fields marked * are required.</source>
        <translation>Як записано в ЄДР. Поля із зірочкою * обов&apos;язкові.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— оберіть —</translation>
    </message>
    <message>
        <source>Type and identity</source>
        <translation>Тип і реквізити</translation>
    </message>
    <message>
        <source>Type of facility</source>
        <translation>Тип закладу</translation>
    </message>
    <message>
        <source>Pharmacies fill in a few extra fields.</source>
        <translation>Для аптек є кілька додаткових полів.</translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation>Код ЄДРПОУ</translation>
    </message>
    <message>
        <source>8 digits for a company; a sole proprietor (FOP) enters the owner&apos;s 10-digit tax number (RNOKPP).</source>
        <translation>8 цифр для юридичної особи; ФОП вказує свій 10-значний РНОКПП.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повна назва</translation>
    </message>
    <message>
        <source>e.g. ТОВ «Клініка Здоров&apos;я»</source>
        <translation>наприклад, ТОВ «Клініка Здоров&apos;я»</translation>
    </message>
    <message>
        <source>Exactly as in the state register.</source>
        <translation>Точно як у ЄДР.</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Організаційно-правова форма</translation>
    </message>
    <message>
        <source>KVED codes</source>
        <translation>Коди КВЕД</translation>
    </message>
    <message>
        <source>Type a code or a word and pick from the list. A family practice needs 86.21 (or 86.10).</source>
        <translation>Введіть код або слово й оберіть зі списку. Для сімейної практики потрібен 86.21 (або 86.10).</translation>
    </message>
    <message>
        <source>Address of the facility</source>
        <translation>Адреса закладу</translation>
    </message>
    <message>
        <source>Region (oblast)</source>
        <translation>Область</translation>
    </message>
    <message>
        <source>e.g. Київська</source>
        <translation>наприклад, Київська</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <source>e.g. Бучанський</source>
        <translation>наприклад, Бучанський</translation>
    </message>
    <message>
        <source>Type of settlement</source>
        <translation>Тип населеного пункту</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>e.g. Ірпінь</source>
        <translation>наприклад, Ірпінь</translation>
    </message>
    <message>
        <source>Start typing the name and pick the settlement from the list.</source>
        <translation>Почніть вводити назву й оберіть населений пункт зі списку.</translation>
    </message>
    <message>
        <source>Settlement ID in eHealth</source>
        <translation>Ідентифікатор населеного пункту в eHealth</translation>
    </message>
    <message>
        <source>filled in automatically when you pick the settlement from the list</source>
        <translation>заповнюється автоматично, коли ви обираєте населений пункт зі списку</translation>
    </message>
    <message>
        <source>change manually</source>
        <translation>змінити вручну</translation>
    </message>
    <message>
        <source>Type of street</source>
        <translation>Тип вулиці</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>e.g. Шевченка</source>
        <translation>наприклад, Шевченка</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Будинок</translation>
    </message>
    <message>
        <source>Office / apartment</source>
        <translation>Офіс / квартира</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Phone type</source>
        <translation>Тип телефону</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобільний</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>стаціонарний</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>10 digits starting with 0, e.g. 067 123 45 67</source>
        <translation>Введіть 10 цифр, починаючи з 0, напр. 067 123 45 67</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Робоча електронна пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Необов&apos;язково</translation>
    </message>
    <message>
        <source>Treasury receiver code</source>
        <translation>Код отримувача коштів (казначейство)</translation>
    </message>
    <message>
        <source>Only if the facility receives budget funds.</source>
        <translation>Лише якщо заклад отримує бюджетні кошти.</translation>
    </message>
    <message>
        <source>The list of settlements is not available right now; you can type the settlement and its ID yourself.</source>
        <translation>Список населених пунктів зараз недоступний; ви можете ввести населений пункт та його ідентифікатор самостійно.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <source>To continue, fill in or correct: {fields}</source>
        <translation>Щоб продовжити, заповніть або виправте: {fields}</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Drop your key file here (Key-6.dat, .pfx, .p12, .jks)</source>
        <translation>Перетягніть сюди файл ключа (Key-6.dat, .pfx, .p12, .jks)</translation>
    </message>
    <message>
        <source>Your signature key</source>
        <translation>Ваш ключ підпису</translation>
    </message>
    <message>
        <source>The registration is signed with the head&apos;s qualified electronic signature (QES). The key and its password stay on this computer.</source>
        <translation>Реєстрацію підписує кваліфікований електронний підпис (КЕП) керівника. Ключ і пароль залишаються на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Файл ключа</translation>
    </message>
    <message>
        <source>Hardware key (token)</source>
        <translation>Захищений носій (токен)</translation>
    </message>
    <message>
        <source>e.g. D:\Key-6.dat</source>
        <translation>наприклад, D:\Key-6.dat</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>Key file *</source>
        <translation>Файл ключа *</translation>
    </message>
    <message>
        <source>only if your key came with a separate .cer file</source>
        <translation>лише якщо до ключа додано окремий файл .cer</translation>
    </message>
    <message>
        <source>Choose certificate…</source>
        <translation>Вибрати сертифікат…</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Файл сертифіката</translation>
    </message>
    <message>
        <source>Key password</source>
        <translation>Пароль ключа</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Показати пароль</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Пароль *</translation>
    </message>
    <message>
        <source>Open and check the key</source>
        <translation>Відкрити й перевірити ключ</translation>
    </message>
    <message>
        <source>Opening the key</source>
        <translation>Відкриття ключа</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Opening the key… this can take a few seconds.</source>
        <translation>Відкриваємо ключ… це може тривати кілька секунд.</translation>
    </message>
    <message>
        <source>Whose key this is</source>
        <translation>Чий це ключ</translation>
    </message>
    <message>
        <source>Checks before signing</source>
        <translation>Перевірки перед підписанням</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>Виберіть файл ключа</translation>
    </message>
    <message>
        <source>Key files (*.dat *.pfx *.p12 *.jks *.zs2 *.pk8 *.key);;All files (*)</source>
        <translation>Файли ключів (*.dat *.pfx *.p12 *.jks *.zs2 *.pk8 *.key);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Виберіть файл сертифіката</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.p7b);;All files (*)</source>
        <translation>Сертифікати (*.cer *.crt *.pem *.p7b);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Choose your key file first.</source>
        <translation>Спершу виберіть файл ключа.</translation>
    </message>
    <message>
        <source>Enter the key&apos;s password.</source>
        <translation>Введіть пароль ключа.</translation>
    </message>
    <message>
        <source>Cancelled. You can try again.</source>
        <translation>Скасовано. Можна спробувати ще раз.</translation>
    </message>
    <message>
        <source>Key holder</source>
        <translation>Власник ключа</translation>
    </message>
    <message>
        <source>Tax number (RNOKPP)</source>
        <translation>РНОКПП (ідентифікаційний код)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation>Код ЄДРПОУ</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ким виданий (КНЕДП)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Чинний до</translation>
    </message>
    <message>
        <source>The key is valid and belongs to the head named in the form.</source>
        <translation>Ключ чинний і належить керівникові, зазначеному у формі.</translation>
    </message>
    <message>
        <source>Sign with a cloud key or another program</source>
        <translation>Підписати хмарним ключем або іншою програмою</translation>
    </message>
    <message>
        <source>The registration changed after it was signed. Save the file again, sign it and choose the new signed file.</source>
        <translation>Заявка змінилася після підписання. Збережіть файл знову, підпишіть його й виберіть новий підписаний файл.</translation>
    </message>
    <message>
        <source>Checks of the signed file</source>
        <translation>Перевірки підписаного файлу</translation>
    </message>
    <message>
        <source>The signature is valid and signs this registration.</source>
        <translation>Підпис дійсний і підписує саме цю заявку.</translation>
    </message>
    <message>
        <source>The registration was put inside the signature file.</source>
        <translation>Заявку вкладено у файл підпису.</translation>
    </message>
    <message>
        <source>A time-stamp was added by {url}.</source>
        <translation>Позначку часу додано від {url}.</translation>
    </message>
</context>
<context>
    <name>KvedPicker</name>
    <message>
        <source>{code}: no such KVED code</source>
        <translation>{code}: такого коду КВЕД немає</translation>
    </message>
</context>
<context>
    <name>LicensePage</name>
    <message>
        <source>Highest category</source>
        <translation>Вища категорія</translation>
    </message>
    <message>
        <source>First category</source>
        <translation>Перша категорія</translation>
    </message>
    <message>
        <source>Second category</source>
        <translation>Друга категорія</translation>
    </message>
    <message>
        <source>Not accredited</source>
        <translation>Без акредитації</translation>
    </message>
    <message>
        <source>License and accreditation</source>
        <translation>Ліцензія та акредитація</translation>
    </message>
    <message>
        <source>Copy these from the license issued by the Ministry of Health (the order that granted it).</source>
        <translation>Перепишіть дані з ліцензії МОЗ (з наказу, яким її видано).</translation>
    </message>
    <message>
        <source>Pick a date from the calendar</source>
        <translation>Вибрати дату в календарі</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <source>License number</source>
        <translation>Номер ліцензії</translation>
    </message>
    <message>
        <source>e.g. АВ 123456</source>
        <translation>наприклад, АВ 123456</translation>
    </message>
    <message>
        <source>Required for pharmacies; other facilities may leave it empty.</source>
        <translation>Обов&apos;язковий для аптек; іншим закладам можна не заповнювати.</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ким видана</translation>
    </message>
    <message>
        <source>e.g. Міністерство охорони здоров&apos;я України</source>
        <translation>наприклад, Міністерство охорони здоров&apos;я України</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер наказу</translation>
    </message>
    <message>
        <source>The number of the order that granted the license.</source>
        <translation>Номер наказу, яким видано ліцензію.</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <source>Day.month.year, e.g. 19.08.2021</source>
        <translation>День.місяць.рік, наприклад 19.08.2021</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Чинна з</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Чинна до</translation>
    </message>
    <message>
        <source>eHealth needs an end date. For an indefinite license tick the box below: it is sent as valid until 31.12.9999.</source>
        <translation>eHealth потребує дату закінчення. Якщо ліцензія безстрокова, позначте це нижче: її буде надіслано як чинну до 31.12.9999.</translation>
    </message>
    <message>
        <source>Indefinite license (no end date)</source>
        <translation>Безстрокова ліцензія (без дати закінчення)</translation>
    </message>
    <message>
        <source>What is licensed</source>
        <translation>Вид діяльності за ліцензією</translation>
    </message>
    <message>
        <source>e.g. медична практика</source>
        <translation>наприклад, медична практика</translation>
    </message>
    <message>
        <source>Accreditation (if you have one)</source>
        <translation>Акредитація (якщо є)</translation>
    </message>
    <message>
        <source>A new practice usually has none; then leave this part empty.</source>
        <translation>У нового закладу її зазвичай немає — тоді залиште цю частину порожньою.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— немає —</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>e.g. 123</source>
        <translation>наприклад, 123</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Дата наказу</translation>
    </message>
</context>
<context>
    <name>MisSecretsDialog</name>
    <message>
        <source>MIS client secret</source>
        <translation>Секрет клієнта МІС (client secret)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Connect to eHealth</source>
        <translation>Підключення до eHealth</translation>
    </message>
    <message>
        <source>To work with eHealth {environment}, the program needs the MIS client secret and API key your MIS vendor gave you. Enter them once: they are kept in this computer&apos;s secure password store (keyring), never in a file.</source>
        <translation>Щоб працювати з eHealth {environment}, програмі потрібні секрет клієнта МІС і ключ API, які вам надав постачальник МІС. Введіть їх один раз: вони зберігаються в захищеному сховищі паролів цього комп&apos;ютера, ніколи не у файлі.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Пізніше</translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring), so the secrets cannot be kept; they are never written to a file instead. Ask your MIS vendor&apos;s support to set up Windows Credential Manager, GNOME Keyring or KWallet, then start the program again.</source>
        <translation>На цьому комп&apos;ютері немає захищеного сховища паролів, тому секрети не можна зберегти; у файл вони ніколи не записуються. Попросіть службу підтримки постачальника МІС налаштувати Windows Credential Manager, GNOME Keyring або KWallet і запустіть програму знову.</translation>
    </message>
</context>
<context>
    <name>PinPrompt</name>
    <message>
        <source>The token reports that only a few tries are left before the PIN locks.</source>
        <translation>Токен повідомляє, що до блокування PIN-коду залишилося кілька спроб.</translation>
    </message>
    <message>
        <source>Last try: one more wrong PIN locks the token. Check the PIN carefully.</source>
        <translation>Остання спроба: ще один неправильний PIN-код заблокує токен. Уважно перевірте PIN-код.</translation>
    </message>
    <message>
        <source>Token PIN</source>
        <translation>PIN-код токена</translation>
    </message>
    <message>
        <source>Enter the PIN of the token “{label}”.</source>
        <translation>Введіть PIN-код токена «{label}».</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Full name</source>
        <translation>Повна назва</translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation>Код ЄДРПОУ</translation>
    </message>
    <message>
        <source>Type of facility</source>
        <translation>Тип закладу</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Організаційно-правова форма</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Робоча електронна пошта</translation>
    </message>
    <message>
        <source>Head: last name</source>
        <translation>Керівник: прізвище</translation>
    </message>
    <message>
        <source>Head: first name</source>
        <translation>Керівник: ім&apos;я</translation>
    </message>
    <message>
        <source>Head: patronymic</source>
        <translation>Керівник: по батькові</translation>
    </message>
    <message>
        <source>Head: tax number (RNOKPP)</source>
        <translation>Керівник: РНОКПП</translation>
    </message>
    <message>
        <source>License number</source>
        <translation>Номер ліцензії</translation>
    </message>
    <message>
        <source>License valid until</source>
        <translation>Ліцензія чинна до</translation>
    </message>
    <message>
        <source>Key holder</source>
        <translation>Власник ключа</translation>
    </message>
    <message>
        <source>Tax number (RNOKPP)</source>
        <translation>РНОКПП</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Certificate issued by</source>
        <translation>Хто видав сертифікат</translation>
    </message>
    <message>
        <source>Certificate serial number</source>
        <translation>Серійний номер сертифіката</translation>
    </message>
    <message>
        <source>Certificate valid</source>
        <translation>Сертифікат чинний</translation>
    </message>
    <message>
        <source>Legal entity id in eHealth</source>
        <translation>Ідентифікатор закладу в eHealth</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>SHA-256 of the signed file</source>
        <translation>SHA-256 підписаного файлу</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>Signed at (signer&apos;s clock)</source>
        <translation>Підписано (за годинником підписувача)</translation>
    </message>
    <message>
        <source>Time-stamp</source>
        <translation>Позначка часу</translation>
    </message>
    <message>
        <source>Time-stamp service</source>
        <translation>Служба позначок часу</translation>
    </message>
    <message>
        <source>What eHealth checked</source>
        <translation>Що перевірила eHealth</translation>
    </message>
    <message>
        <source>No stages were recorded on this computer.</source>
        <translation>На цьому комп&apos;ютері етапи не записано.</translation>
    </message>
    <message>
        <source>The data as signed</source>
        <translation>Дані, як їх підписано</translation>
    </message>
    <message>
        <source>Registration in eHealth: receipt</source>
        <translation>Реєстрація в eHealth: квитанція</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check before signing</source>
        <translation>Перевірте перед підписанням</translation>
    </message>
    <message>
        <source>This is exactly what will be signed with your key and sent to eHealth.</source>
        <translation>Саме це буде підписано вашим ключем і надіслано в eHealth.</translation>
    </message>
    <message>
        <source>Sign and send</source>
        <translation>Підписати й надіслати</translation>
    </message>
    <message>
        <source>Show the exact data (JSON)</source>
        <translation>Показати точні дані (JSON)</translation>
    </message>
    <message>
        <source>The exact data (JSON)</source>
        <translation>Точні дані (JSON)</translation>
    </message>
    <message>
        <source>I accept the public offer for joining the eHealth system and confirm that the data above are correct.</source>
        <translation>Приймаю публічну оферту про приєднання до системи eHealth і підтверджую, що наведені дані правильні.</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Заклад</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>EDRPOU code</source>
        <translation>Код ЄДРПОУ</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Організаційно-правова форма</translation>
    </message>
    <message>
        <source>This registration has already been sent to eHealth and accepted; changes made here will not be sent.</source>
        <translation>Реєстрацію вже надіслано, і eHealth її прийняла; зміни тут не буде надіслано.</translation>
    </message>
    <message>
        <source>Check before sending</source>
        <translation>Перевірте перед надсиланням</translation>
    </message>
    <message>
        <source>This is exactly what was signed elsewhere and will be sent to eHealth.</source>
        <translation>Саме це підписано в іншій програмі й буде надіслано в eHealth.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>Назва закладу</translation>
    </message>
    <message>
        <source>KVED</source>
        <translation>КВЕД</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Вебсайт</translation>
    </message>
    <message>
        <source>License and accreditation</source>
        <translation>Ліцензія та акредитація</translation>
    </message>
    <message>
        <source>License number</source>
        <translation>Номер ліцензії</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ким видана</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер наказу</translation>
    </message>
    <message>
        <source>Date issued</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Чинна з</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Чинна до</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Акредитація</translation>
    </message>
    <message>
        <source>Head of the facility</source>
        <translation>Керівник закладу</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Tax number (RNOKPP)</source>
        <translation>РНОКПП (ідентифікаційний код)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Signed with the key of</source>
        <translation>Підписується ключем</translation>
    </message>
    <message>
        <source>Key holder</source>
        <translation>Власник ключа</translation>
    </message>
    <message>
        <source>Key issued by</source>
        <translation>Ким виданий ключ (КНЕДП)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Edit: {section}</source>
        <translation>Змінити: {section}</translation>
    </message>
    <message>
        <source>Signature key</source>
        <translation>Ключ підпису</translation>
    </message>
    <message>
        <source>Not finished yet: {step}</source>
        <translation>Ще не завершено: {step}</translation>
    </message>
    <message>
        <source>What is agreed to: the Procedure for the functioning of the electronic health care system (Cabinet of Ministers resolution No. 411)</source>
        <translation>На що ви погоджуєтесь: Порядок функціонування електронної системи охорони здоров’я (постанова Кабінету Міністрів № 411)</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>Fix it</source>
        <translation>Виправити</translation>
    </message>
    <message>
        <source>Fix it: {problem}</source>
        <translation>Виправити: {problem}</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Sending to eHealth</source>
        <translation>Надсилання в eHealth</translation>
    </message>
    <message>
        <source>eHealth checks the registration step by step. This usually takes under a minute.</source>
        <translation>eHealth перевіряє реєстрацію крок за кроком. Зазвичай це триває менше хвилини.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>This registration was sent on {date}. Press Next to see where it stands.</source>
        <translation>Цю реєстрацію надіслано {date}. Натисніть «Далі», щоб побачити, на якому вона етапі.</translation>
    </message>
    <message>
        <source>Open your key on the key page first.</source>
        <translation>Спершу відкрийте ключ на сторінці «Ключ підпису».</translation>
    </message>
    <message>
        <source>The sandbox is still starting. Wait a few seconds and press Try again.</source>
        <translation>Пісочниця ще запускається. Зачекайте кілька секунд і натисніть «Спробувати ще раз».</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Підписуємо й надсилаємо…</translation>
    </message>
    <message>
        <source>eHealth accepted the registration. Press Next.</source>
        <translation>eHealth прийняла реєстрацію. Натисніть «Далі».</translation>
    </message>
    <message>
        <source>eHealth did not accept the registration at the step “{stage}”. Fix what is shown above and send again.</source>
        <translation>eHealth не прийняла реєстрацію на кроці «{stage}». Виправте те, що показано вище, і надішліть ще раз.</translation>
    </message>
    <message>
        <source>The registration changed after it was signed. Go back to the key page and sign the new file.</source>
        <translation>Заявка змінилася після підписання. Поверніться на сторінку ключа й підпишіть новий файл.</translation>
    </message>
    <message>
        <source>Signed by another program, checked on this computer</source>
        <translation>Підписано іншою програмою, перевірено на цьому комп&apos;ютері</translation>
    </message>
</context>
<context>
    <name>TokenPanel</name>
    <message>
        <source>(no name)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>{label} — {maker}, No. {serial}</source>
        <translation>{label} — {maker}, № {serial}</translation>
    </message>
    <message>
        <source>few PIN tries left</source>
        <translation>залишилося кілька спроб PIN-коду</translation>
    </message>
    <message>
        <source>last PIN try</source>
        <translation>остання спроба PIN-коду</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>PIN-код заблоковано</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>печатка</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>підпис</translation>
    </message>
    <message>
        <source>not for signing</source>
        <translation>не для підпису</translation>
    </message>
    <message>
        <source>{name} — {kind}, valid until {date}</source>
        <translation>{name} — {kind}, чинний до {date}</translation>
    </message>
    <message>
        <source>Token program</source>
        <translation>Програма токена</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>Connected tokens</source>
        <translation>Під&apos;єднані токени</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Certificates on the token</source>
        <translation>Сертифікати на токені</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертифікат</translation>
    </message>
    <message>
        <source>The PIN is asked when the key is opened. The key never leaves the token.</source>
        <translation>PIN-код запитується під час відкриття ключа. Ключ ніколи не залишає токен.</translation>
    </message>
    <message>
        <source>Choose the token program (PKCS#11 module)</source>
        <translation>Виберіть програму токена (модуль PKCS#11)</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Модулі PKCS#11 (*.dll *.so *.dylib);;Усі файли (*)</translation>
    </message>
    <message>
        <source>No token program was found on this computer. Install the program that came with your token, or choose its module file.</source>
        <translation>На цьому комп&apos;ютері не знайдено програми токена. Установіть програму, що постачається з токеном, або виберіть файл модуля.</translation>
    </message>
    <message>
        <source>No token is connected. Plug in your key (token).</source>
        <translation>Жоден токен не під&apos;єднано. Вставте ключ (токен).</translation>
    </message>
    <message>
        <source>No certificate is visible on the token “{label}” before the PIN is entered; the program looks again after you enter it.</source>
        <translation>До введення PIN-коду на токені «{label}» не видно жодного сертифіката; програма пошукає знову, щойно ви його введете.</translation>
    </message>
    <message>
        <source>Choose the token program first.</source>
        <translation>Спершу виберіть програму токена.</translation>
    </message>
    <message>
        <source>Plug in your token and choose it in the list.</source>
        <translation>Вставте токен і виберіть його у списку.</translation>
    </message>
    <message>
        <source>Choose the certificate to sign with.</source>
        <translation>Виберіть сертифікат для підпису.</translation>
    </message>
</context>
<context>
    <name>VendorBanner</name>
    <message>
        <source>Phone: {phone}</source>
        <translation>Телефон: {phone}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Ел. пошта: {email}</translation>
    </message>
    <message>
        <source>Help online: {url}</source>
        <translation>Допомога онлайн: {url}</translation>
    </message>
    <message>
        <source>Working hours: {hours}</source>
        <translation>Години роботи: {hours}</translation>
    </message>
    <message>
        <source>{vendor} logo</source>
        <translation>Логотип {vendor}</translation>
    </message>
    <message>
        <source>Provided to you by {vendor}</source>
        <translation>Програму надав {vendor}</translation>
    </message>
    <message>
        <source>Questions? Ask {vendor}&apos;s support:</source>
        <translation>Питання? Зверніться до служби підтримки {vendor}:</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>the facility&apos;s EDRPOU code and KVED codes (from the state register)</source>
        <translation>код ЄДРПОУ закладу та коди КВЕД (з ЄДР)</translation>
    </message>
    <message>
        <source>the license and, if you have one, the accreditation</source>
        <translation>ліцензію та, якщо є, акредитацію</translation>
    </message>
    <message>
        <source>your passport or ID card and your tax number (RNOKPP)</source>
        <translation>паспорт або ID-картку та РНОКПП</translation>
    </message>
    <message>
        <source>your qualified electronic signature key (file or token) and its password</source>
        <translation>ключ кваліфікованого електронного підпису (файл або токен) і його пароль</translation>
    </message>
    <message>
        <source>a work e-mail you read and a mobile phone number</source>
        <translation>робочу електронну пошту, яку ви читаєте, і номер мобільного телефону</translation>
    </message>
    <message>
        <source>Register your practice in eHealth</source>
        <translation>Реєстрація закладу в eHealth</translation>
    </message>
    <message>
        <source>This takes about 15 minutes. Everything you type is saved as you go; you can close the window at any time and continue later.</source>
        <translation>Це займе близько 15 хвилин. Усе, що ви вводите, зберігається одразу; вікно можна закрити будь-коли і продовжити пізніше.</translation>
    </message>
    <message>
        <source>Have these at hand:</source>
        <translation>Підготуйте:</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Що ви хочете зробити?</translation>
    </message>
    <message>
        <source>Start a new registration</source>
        <translation>Почати нову реєстрацію</translation>
    </message>
    <message>
        <source>Continue a saved draft:</source>
        <translation>Продовжити збережену чернетку:</translation>
    </message>
    <message>
        <source>Follow a registration I have already sent:</source>
        <translation>Стежити за вже надісланою реєстрацією:</translation>
    </message>
    <message>
        <source>Saved drafts</source>
        <translation>Збережені чернетки</translation>
    </message>
    <message>
        <source>Sent registrations</source>
        <translation>Надіслані реєстрації</translation>
    </message>
    <message>
        <source>This is the sandbox: a practice copy of eHealth on your computer. Nothing is really registered. Want to see the whole path first? The demo fills in a facility from the practice state register and makes a demo key for its head.</source>
        <translation>Це пісочниця — навчальна копія eHealth на вашому комп&apos;ютері. Насправді нічого не реєструється. Хочете спершу пройти весь шлях? Демонстрація заповнить заклад із навчального ЄДР і створить демонстраційний ключ для його керівника.</translation>
    </message>
    <message>
        <source>Fill in a demo facility</source>
        <translation>Заповнити демонстраційний заклад</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(ще без назви)</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Заклад</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Керівник</translation>
    </message>
    <message>
        <source>Signature key</source>
        <translation>Ключ підпису</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Надсилання</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>SANDBOX
practice mode</source>
        <translation>ПІСОЧНИЦЯ
навчальний режим</translation>
    </message>
    <message>
        <source>eHealth
{name}</source>
        <translation>eHealth
{name}</translation>
    </message>
    <message>
        <source>Open this step</source>
        <translation>Відкрити цей крок</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>ПІСОЧНИЦЯ</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>eHealth registration</source>
        <translation>Реєстрація в eHealth</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <source>The program hit an unexpected problem. Nothing you entered is lost: your draft is saved and opens again next time.</source>
        <translation>У програмі сталася неочікувана помилка. Нічого з введеного не втрачено: чернетку збережено, вона відкриється наступного разу.</translation>
    </message>
    <message>
        <source>Draft file: {path}</source>
        <translation>Файл чернетки: {path}</translation>
    </message>
    <message>
        <source>Open the drafts folder</source>
        <translation>Відкрити папку з чернетками</translation>
    </message>
    <message>
        <source>The wizard&apos;s window needs a desktop session, and none was found here; every step also works from the command line (ehealth-wizard --help).</source>
        <translation>Вікну майстра потрібен сеанс робочого столу, а тут його не знайдено; кожен крок можна виконати й з командного рядка (ehealth-wizard --help).</translation>
    </message>
</context>
<context>
    <name>environment</name>
    <message>
        <source>Sandbox (practice, nothing is really registered)</source>
        <translation>Пісочниця (навчання, насправді нічого не реєструється)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Something went wrong ({code}).</source>
        <translation>Щось пішло не так ({code}).</translation>
    </message>
    <message>
        <source>The program hit an unexpected problem. Your draft is saved. Please try again; if it repeats, send the log to support.</source>
        <translation>У програмі сталася неочікувана помилка. Чернетку збережено. Спробуйте ще раз; якщо повториться — надішліть журнал у службу підтримки.</translation>
    </message>
</context>
<context>
    <name>server</name>
    <message>
        <source>Invalid signature</source>
        <translation>Підпис недійсний</translation>
    </message>
    <message>
        <source>Not a base64 string</source>
        <translation>Дані підпису пошкоджені (не base64)</translation>
    </message>
    <message>
        <source>Malformed encoded content. Probably, you have encoded corrupted JSON.</source>
        <translation>Підписаний вміст пошкоджений: схоже, підписано зіпсовані дані</translation>
    </message>
    <message>
        <source>EDRPOU does not match legal_entity edrpou</source>
        <translation>ЄДРПОУ в ключі не збігається з ЄДРПОУ закладу</translation>
    </message>
    <message>
        <source>DRFO does not match signer drfo</source>
        <translation>РНОКПП у ключі не збігається з кодом закладу</translation>
    </message>
    <message>
        <source>EDRPOU and DRFO is empty in digital sign</source>
        <translation>У ключі немає ні ЄДРПОУ, ні РНОКПП</translation>
    </message>
    <message>
        <source>Does not match the signer last name</source>
        <translation>Прізвище не збігається з прізвищем власника ключа</translation>
    </message>
    <message>
        <source>Legal Entity not found in EDR</source>
        <translation>Заклад не знайдено в ЄДР</translation>
    </message>
    <message>
        <source>More than 1 active entities in EDR</source>
        <translation>У ЄДР кілька чинних записів із цим кодом</translation>
    </message>
    <message>
        <source>Provided EDRPOU is not active in EDR</source>
        <translation>Запис із цим ЄДРПОУ в ЄДР не чинний</translation>
    </message>
    <message>
        <source>error processing signed data</source>
        <translation>Файл підпису пошкоджений або не є підписаним документом</translation>
    </message>
    <message>
        <source>Invalid edrpou</source>
        <translation>Код ЄДРПОУ має неправильний формат</translation>
    </message>
    <message>
        <source>invalid settlement value</source>
        <translation>Назва населеного пункту не відповідає довіднику адрес</translation>
    </message>
    <message>
        <source>invalid area value</source>
        <translation>Область не відповідає населеному пункту за довідником адрес</translation>
    </message>
    <message>
        <source>invalid region value</source>
        <translation>Район не відповідає населеному пункту за довідником адрес</translation>
    </message>
    <message>
        <source>invalid settlement_type value</source>
        <translation>Тип населеного пункту не відповідає довіднику адрес</translation>
    </message>
    <message>
        <source>The license has expired or has no end date (an indefinite license is sent as valid until 31.12.9999)</source>
        <translation>Ліцензія закінчилася або в ній не вказано дату «Чинна до» (безстрокову ліцензію надсилають як чинну до 31.12.9999)</translation>
    </message>
    <message>
        <source>“{value}” does not match the state register (ЄДР), which lists: {holds}</source>
        <translation>«{value}» не збігається з ЄДР, де зазначено: {holds}</translation>
    </message>
    <message>
        <source>No settlement with id {id} in the settlements register</source>
        <translation>У довіднику адрес немає населеного пункту з ідентифікатором {id}</translation>
    </message>
    <message>
        <source>License is not needed for chosen legal entity type</source>
        <translation>Для цього типу закладу ліцензія не потрібна</translation>
    </message>
    <message>
        <source>License is needed for chosen legal entity type</source>
        <translation>Для цього типу закладу потрібна ліцензія</translation>
    </message>
    <message>
        <source>License not found</source>
        <translation>Ліцензію не знайдено</translation>
    </message>
    <message>
        <source>Legal entity type and license type mismatch</source>
        <translation>Тип ліцензії не відповідає типу закладу</translation>
    </message>
    <message>
        <source>License doesn&apos;t correspond to your legal entity</source>
        <translation>Ліцензія не належить вашому закладу</translation>
    </message>
    <message>
        <source>At least one KVED code must be from the list: {codes}</source>
        <translation>Хоча б один код КВЕД має бути зі списку: {codes}</translation>
    </message>
    <message>
        <source>head</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>підписант</translation>
    </message>
</context>
<context>
    <name>stages</name>
    <message>
        <source>Signing on this computer</source>
        <translation>Підписання на цьому комп&apos;ютері</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>&quot;{draft_id}&quot; is not a valid draft id.</source>
        <translation>«{draft_id}» — неправильний ідентифікатор чернетки.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a KVED code (like 86.21).</source>
        <translation>«{code}» — не код КВЕД (код має вигляд 86.21).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of the values eHealth accepts here (list {dictionary}). Choose a value from the list.</source>
        <translation>«{value}» немає серед значень, які eHealth тут приймає (довідник {dictionary}). Виберіть значення зі списку.</translation>
    </message>
    <message>
        <source>A facility of type {type} needs at least one of the KVED codes {allowed}.</source>
        <translation>Закладу типу {type} потрібен хоча б один із кодів КВЕД: {allowed}.</translation>
    </message>
    <message>
        <source>A name needs at least one letter.</source>
        <translation>Ім&apos;я має містити хоча б одну літеру.</translation>
    </message>
    <message>
        <source>A pharmacy license needs its license number.</source>
        <translation>Для ліцензії аптеки потрібен номер ліцензії.</translation>
    </message>
    <message>
        <source>A phone of type mobile must be a mobile number.</source>
        <translation>Для мобільного телефону вкажіть мобільний номер.</translation>
    </message>
    <message>
        <source>A {type} number usually looks like {example}; please check it.</source>
        <translation>Номер {type} зазвичай має вигляд {example}; перевірте, будь ласка.</translation>
    </message>
    <message>
        <source>Accept the public offer to go on.</source>
        <translation>Щоб продовжити, прийміть публічну оферту.</translation>
    </message>
    <message>
        <source>At least {min} character(s) are required.</source>
        <translation>Потрібно щонайменше символів: {min}.</translation>
    </message>
    <message>
        <source>At least {min} item(s) are required.</source>
        <translation>Потрібно щонайменше записів: {min}.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасовано.</translation>
    </message>
    <message>
        <source>Choose your key and check it before you go on.</source>
        <translation>Перш ніж продовжити, виберіть ключ і перевірте його.</translation>
    </message>
    <message>
        <source>Digital signature</source>
        <translation>Електронний підпис</translation>
    </message>
    <message>
        <source>Director accepted the invitation</source>
        <translation>Керівник прийняв запрошення</translation>
    </message>
    <message>
        <source>Enter a real date as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>Введіть справжню дату, наприклад 01.03.2026.</translation>
    </message>
    <message>
        <source>Enter just the site&apos;s address, like clinic.com.ua (nothing after it, no &quot;/page&quot;).</source>
        <translation>Вкажіть лише адресу сайту, наприклад clinic.com.ua (без нічого після неї, без «/page»).</translation>
    </message>
    <message>
        <source>KVED {code} is not in the list of activity codes eHealth knows. Check the code.</source>
        <translation>Коду КВЕД {code} немає в переліку видів діяльності, відомих eHealth. Перевірте код.</translation>
    </message>
    <message>
        <source>The answer of the certificate status service (OCSP) is not genuine: its signature does not check out.</source>
        <translation>Відповідь служби перевірки статусу сертифіката (OCSP) не справжня: її підпис не проходить перевірку.</translation>
    </message>
    <message>
        <source>The birth date does not agree with the РНОКПП, which belongs to a person born on {rnokpp_birth_date}. Check both.</source>
        <translation>Дата народження не збігається з РНОКПП, який належить особі, народженій {rnokpp_birth_date}. Перевірте обидва поля.</translation>
    </message>
    <message>
        <source>The certificate names no service for checking whether it is still valid (OCSP).</source>
        <translation>У сертифікаті не вказано службу перевірки його чинності (OCSP).</translation>
    </message>
    <message>
        <source>The draft was not saved because it would contain a password, PIN or key (in field {path}). Passwords and keys are never stored in drafts.</source>
        <translation>Чернетку не збережено, бо в ній опинився б пароль, PIN-код або ключ (у полі {path}). Паролі та ключі в чернетках ніколи не зберігаються.</translation>
    </message>
    <message>
        <source>The draft {draft_id} and its backup copy are both damaged, so an empty form was opened. The damaged files were kept in the same folder; your support contact can look at them.</source>
        <translation>Чернетка {draft_id} і її резервна копія пошкоджені, тому відкрито порожню форму. Пошкоджені файли залишено в тій самій папці; їх може переглянути служба підтримки.</translation>
    </message>
    <message>
        <source>The embedded sandbox could not start: {reason}.</source>
        <translation>Не вдалося запустити вбудовану пісочницю: {reason}.</translation>
    </message>
    <message>
        <source>The file holds no signed document: it is not a signature.</source>
        <translation>У файлі немає підписаного документа: це не підпис.</translation>
    </message>
    <message>
        <source>The file is not a signature file this program can read (a .p7s signature was expected).</source>
        <translation>Це не файл підпису, який може прочитати програма (очікувався підпис .p7s).</translation>
    </message>
    <message>
        <source>The gender does not agree with the РНОКПП, which indicates {rnokpp_gender}. Check both.</source>
        <translation>Стать не збігається з РНОКПП, який вказує: {rnokpp_gender}. Перевірте обидва поля.</translation>
    </message>
    <message>
        <source>The key belongs to {cert_surname}, but the director&apos;s last name is {last_name}. The director must sign with their own key.</source>
        <translation>Ключ належить особі з прізвищем {cert_surname}, а прізвище керівника — {last_name}. Керівник має підписувати власним ключем.</translation>
    </message>
    <message>
        <source>The key belongs to ЄДРПОУ {cert_edrpou}, but the form says {edrpou}. Use the key issued for this facility, or correct the code in the form.</source>
        <translation>Ключ видано для ЄДРПОУ {cert_edrpou}, а у формі вказано {edrpou}. Скористайтеся ключем, виданим для цього закладу, або виправте код у формі.</translation>
    </message>
    <message>
        <source>The key is of a kind this program does not support ({algorithm}). Ask your key provider for a key of a common kind (ДСТУ 4145, ECDSA or RSA).</source>
        <translation>Цей вид ключа програма не підтримує ({algorithm}). Попросіть у надавача ключ поширеного виду (ДСТУ 4145, ECDSA або RSA).</translation>
    </message>
    <message>
        <source>The key&apos;s certificate has been revoked ({revoked_at}). Get a new key from your provider.</source>
        <translation>Сертифікат ключа скасовано ({revoked_at}). Отримайте новий ключ у свого надавача.</translation>
    </message>
    <message>
        <source>The key&apos;s certificate has neither an ЄДРПОУ nor a РНОКПП, so eHealth cannot tie it to the facility. Ask your key provider for a qualified key with these details.</source>
        <translation>У сертифікаті ключа немає ні ЄДРПОУ, ні РНОКПП, тож eHealth не зможе пов&apos;язати його із закладом. Попросіть у надавача кваліфікований ключ із цими даними.</translation>
    </message>
    <message>
        <source>The key&apos;s certificate is not valid yet (it starts on {not_before}). Wait until then or check the computer&apos;s date.</source>
        <translation>Сертифікат ключа ще не чинний (діє з {not_before}). Зачекайте до цієї дати або перевірте дату на комп&apos;ютері.</translation>
    </message>
    <message>
        <source>The key&apos;s РНОКПП {cert_rnokpp} differs from the director&apos;s РНОКПП {tax_id}. The director must sign with their own key.</source>
        <translation>РНОКПП у ключі ({cert_rnokpp}) відрізняється від РНОКПП керівника ({tax_id}). Керівник має підписувати власним ключем.</translation>
    </message>
    <message>
        <source>The sandbox did not issue a demo key: {reason}.</source>
        <translation>Пісочниця не видала демонстраційний ключ: {reason}.</translation>
    </message>
    <message>
        <source>The saved registration is damaged and cannot be opened ({reason}).</source>
        <translation>Збережена реєстрація пошкоджена й не відкривається ({reason}).</translation>
    </message>
    <message>
        <source>The server address {url} does not start with https://, so the connection would not be protected. Use the https:// address.</source>
        <translation>Адреса сервера {url} не починається з https://, тож з&apos;єднання не буде захищеним. Використайте адресу з https://.</translation>
    </message>
    <message>
        <source>The server address {url} starts with http://, so the signed registration with personal data would travel unprotected. Use the https:// address.</source>
        <translation>Адреса сервера {url} починається з http://, тож підписана реєстрація з персональними даними йшла б незахищеною. Вкажіть адресу https://.</translation>
    </message>
    <message>
        <source>The server {host} gave an answer this program does not understand ({got}). Check the server address.</source>
        <translation>Сервер {host} дав відповідь, якої ця програма не розуміє ({got}). Перевірте адресу сервера.</translation>
    </message>
    <message>
        <source>The server {host} pointed the program to another server ({foreign}); nothing was sent there. Check the server address.</source>
        <translation>Сервер {host} спрямував програму на інший сервер ({foreign}); туди нічого не надіслано. Перевірте адресу сервера.</translation>
    </message>
    <message>
        <source>The server {host} sent an answer larger than {limit_mb} MB; it was not read. Check the server address.</source>
        <translation>Сервер {host} надіслав відповідь, більшу за {limit_mb} МБ; її не прочитано. Перевірте адресу сервера.</translation>
    </message>
    <message>
        <source>The settlement code is not written the way eHealth&apos;s address register writes it. Choose the settlement from the list instead of typing its code.</source>
        <translation>Код населеного пункту записано не так, як в адресному реєстрі eHealth. Виберіть населений пункт зі списку замість того, щоб вводити код.</translation>
    </message>
    <message>
        <source>The signature could not be made. Try again; if it fails again, contact support.</source>
        <translation>Не вдалося створити підпис. Спробуйте ще раз; якщо не вийде — зверніться до служби підтримки.</translation>
    </message>
    <message>
        <source>The signature does not match the signer&apos;s certificate: it was damaged or made with another key.</source>
        <translation>Підпис не відповідає сертифікату підписувача: його пошкоджено або зроблено іншим ключем.</translation>
    </message>
    <message>
        <source>The signature file does not contain the signed document, and the document itself was not given.</source>
        <translation>У файлі підпису немає підписаного документа, а сам документ не надано.</translation>
    </message>
    <message>
        <source>The signature holds content of an unexpected kind ({content_type}).</source>
        <translation>Підпис містить вміст неочікуваного виду ({content_type}).</translation>
    </message>
    <message>
        <source>The signature names a different signer&apos;s certificate than the one it carries.</source>
        <translation>У підписі зазначено інший сертифікат підписувача, ніж той, що в ньому міститься.</translation>
    </message>
    <message>
        <source>The signature uses a signing method this program does not support.</source>
        <translation>Підпис використовує спосіб підписування, який програма не підтримує.</translation>
    </message>
    <message>
        <source>The step {step} still has {count} problem(s) to fix before you can go on.</source>
        <translation>На кроці «{step}» ще є що виправити, перш ніж продовжити (помилок: {count}).</translation>
    </message>
    <message>
        <source>The time-stamp service refused the request ({status}). {reason}</source>
        <translation>Служба позначок часу відхилила запит ({status}). {reason}</translation>
    </message>
    <message>
        <source>The time-stamp service&apos;s certificate is missing, so the time-stamp cannot be checked.</source>
        <translation>Бракує сертифіката служби позначок часу, тож позначку часу не можна перевірити.</translation>
    </message>
    <message>
        <source>The time-stamp was made for different data. Try again.</source>
        <translation>Позначку часу зроблено для інших даних. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The value is not written the way eHealth expects.</source>
        <translation>Значення записано не так, як очікує eHealth.</translation>
    </message>
    <message>
        <source>The value is of the wrong kind (eHealth expects {expected}).</source>
        <translation>Значення не того виду (eHealth очікує {expected}).</translation>
    </message>
    <message>
        <source>The {format} file holds no signing key. Choose the key file itself, not the certificate.</source>
        <translation>У файлі {format} немає ключа підпису. Виберіть сам файл ключа, а не сертифікат.</translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring) for the secrets of your medical software (MIS): {reason}. Ask your MIS vendor&apos;s support how to set one up.</source>
        <translation>На цьому комп&apos;ютері немає захищеного сховища паролів для секретів вашої медичної програми (МІС): {reason}. Запитайте в службі підтримки МІС, як його налаштувати.</translation>
    </message>
    <message>
        <source>This file is not a key container this program knows. Choose the key file your provider gave you (usually Key-6.dat, or a .pfx, .p12, .jks or .pk8 file).</source>
        <translation>Цей файл не є відомим програмі контейнером ключа. Виберіть файл ключа, який вам видав надавач (зазвичай Key-6.dat або файл .pfx, .p12, .jks чи .pk8).</translation>
    </message>
    <message>
        <source>This ЄДРПОУ code has a mistake in it: its last (check) digit does not fit the other digits. Compare it with your registration documents.</source>
        <translation>У коді ЄДРПОУ помилка: остання (контрольна) цифра не відповідає іншим. Звірте код із реєстраційними документами.</translation>
    </message>
    <message>
        <source>This РНОКПП has a mistake in it: its last (check) digit does not fit the other digits. Compare it with the director&apos;s tax number card.</source>
        <translation>У РНОКПП помилка: остання (контрольна) цифра не відповідає іншим. Звірте номер із карткою платника податків керівника.</translation>
    </message>
    <message>
        <source>eHealth did not accept the program&apos;s credentials (API key or token); ask your MIS vendor&apos;s support to check them. {message}</source>
        <translation>eHealth не прийняла облікові дані програми (ключ API або токен); попросіть службу підтримки вашої МІС перевірити їх. {message}</translation>
    </message>
    <message>
        <source>eHealth does not accept this field in a registration; remove it.</source>
        <translation>eHealth не приймає цього поля в реєстрації; приберіть його.</translation>
    </message>
    <message>
        <source>eHealth does not allow these credentials (API key or token) to register facilities; ask your MIS vendor&apos;s support. {message}</source>
        <translation>eHealth не дозволяє реєструвати заклади з цими обліковими даними (ключ API або токен); зверніться до служби підтримки вашої МІС. {message}</translation>
    </message>
    <message>
        <source>eHealth: this field is not accepted here ({description}).</source>
        <translation>eHealth: це поле тут не приймається ({description}).</translation>
    </message>
    <message>
        <source>the server is not accepting connections</source>
        <translation>сервер не приймає з&apos;єднань</translation>
    </message>
    <message>
        <source>this user account has no permission to open or change it</source>
        <translation>у цього облікового запису немає дозволу відкрити або змінити його</translation>
    </message>
    <message>
        <source>{path} is neither a draft nor an eHealth registration request file.</source>
        <translation>{path} не є ні чернеткою, ні файлом запиту на реєстрацію в eHealth.</translation>
    </message>
    <message>
        <source>{value} is not a date and time like 2026-11-20T10:00:00+02:00 (ISO 8601).</source>
        <translation>{value} — не дата й час на зразок 2026-11-20T10:00:00+02:00 (ISO 8601).</translation>
    </message>
    <message>
        <source>Enter the building number like 15 or 15-В.</source>
        <translation>Вкажіть номер будинку, наприклад 15 або 15-В.</translation>
    </message>
    <message>
        <source>Cannot reach the eHealth server {host}: {reason}. Check the Internet connection and the server address, then try again.</source>
        <translation>Не вдається зв&apos;язатися з сервером eHealth {host}: {reason}. Перевірте підключення до інтернету й адресу сервера та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Cannot read the signed file {path}: {reason}.</source>
        <translation>Не вдається прочитати підписаний файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Не вдається прочитати {path}: {reason}.</translation>
    </message>
    <message>
        <source>For a sole proprietor (ФОП) the director&apos;s РНОКПП is normally the facility&apos;s code.</source>
        <translation>У ФОП код закладу зазвичай збігається з РНОКПП керівника.</translation>
    </message>
    <message>
        <source>If the license is already in eHealth, enter the identifier eHealth gave it (a long code like 3fa85f64-5717-4562-b3fc-2c963f66afa6); otherwise leave this field empty.</source>
        <translation>Якщо ліцензія вже є в eHealth, вкажіть її ідентифікатор в eHealth (довгий код на зразок 3fa85f64-5717-4562-b3fc-2c963f66afa6); інакше залиште поле порожнім.</translation>
    </message>
    <message>
        <source>Invitation e-mail to the director</source>
        <translation>Лист-запрошення керівнику</translation>
    </message>
    <message>
        <source>It is not known whether the server received the registration ({reason}), and asking it again did not settle it. Check the status before sending it again.</source>
        <translation>Невідомо, чи отримав сервер реєстрацію ({reason}), і повторний запит цього не з&apos;ясував. Перевірте стан, перш ніж надсилати знову.</translation>
    </message>
    <message>
        <source>KVED {code} is listed twice.</source>
        <translation>КВЕД {code} вказано двічі.</translation>
    </message>
    <message>
        <source>Latin letters ({letters}) are not allowed; type the name in Ukrainian Cyrillic.</source>
        <translation>Латинські літери ({letters}) не допускаються; введіть українською.</translation>
    </message>
    <message>
        <source>Legal form {value} does not fit the code: a 10-digit code is a ФОП (legal form 910), an 8-digit ЄДРПОУ is not.</source>
        <translation>Форма {value} не відповідає коду: 10-значний код має ФОП (форма 910), а 8-значний ЄДРПОУ — ні.</translation>
    </message>
    <message>
        <source>Listed in the public registry</source>
        <translation>Заклад у публічному реєстрі</translation>
    </message>
    <message>
        <source>Medical practice license</source>
        <translation>Ліцензія на медичну практику</translation>
    </message>
    <message>
        <source>No token is connected. Plug in your key (token) and try again.</source>
        <translation>Жоден токен не під&apos;єднано. Вставте ключ (токен) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>No token program (PKCS#11 module) was found on this computer. Install the program that came with your token, or choose its module file.</source>
        <translation>На комп&apos;ютері не знайдено програми для токена (модуля PKCS#11). Установіть програму, що постачається з токеном, або виберіть файл модуля.</translation>
    </message>
    <message>
        <source>None of the certificates belongs to this key. Choose the certificate issued for this key.</source>
        <translation>Жоден із сертифікатів не належить цьому ключу. Виберіть сертифікат, виданий саме для нього.</translation>
    </message>
    <message>
        <source>Only Ukrainian phone numbers (+380...) are accepted; this one is from {country}.</source>
        <translation>Приймаються лише українські номери (+380...); цей номер — з {country}.</translation>
    </message>
    <message>
        <source>Only addresses in Ukraine (UA) are accepted, not {value}.</source>
        <translation>Приймаються лише адреси в Україні (UA), а не {value}.</translation>
    </message>
    <message>
        <source>Only digits are allowed here.</source>
        <translation>Тут можна вводити лише цифри.</translation>
    </message>
    <message>
        <source>Only one document of type {type} may be given.</source>
        <translation>Документ типу {type} можна вказати лише один.</translation>
    </message>
    <message>
        <source>Only one phone of type {type} may be given.</source>
        <translation>Телефон типу {type} можна вказати лише один.</translation>
    </message>
    <message>
        <source>Primary care facilities normally have KVED {code} (general medical practice).</source>
        <translation>Заклади первинної допомоги зазвичай мають КВЕД {code} (загальна медична практика).</translation>
    </message>
    <message>
        <source>Registration accepted. Note for your MIS support: the facility&apos;s client secret could not be kept on this computer ({reason}).</source>
        <translation>Реєстрацію прийнято. Для служби підтримки вашої МІС: секретний ключ доступу закладу не вдалося зберегти на цьому комп&apos;ютері ({reason}).</translation>
    </message>
    <message>
        <source>Registration data</source>
        <translation>Дані реєстрації</translation>
    </message>
    <message>
        <source>Registration in eHealth</source>
        <translation>Реєстрація в eHealth</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Russian-only letters ({letters}) are not allowed; use Ukrainian spelling.</source>
        <translation>Російські літери ({letters}) не допускаються; пишіть українською.</translation>
    </message>
    <message>
        <source>Several tokens are connected ({labels}). Choose one of them.</source>
        <translation>Під&apos;єднано кілька токенів ({labels}). Виберіть один.</translation>
    </message>
    <message>
        <source>Signer&apos;s key matches the facility</source>
        <translation>Ключ підписувача відповідає закладу</translation>
    </message>
    <message>
        <source>Something is wrong with the draft.</source>
        <translation>З чернеткою щось не так.</translation>
    </message>
    <message>
        <source>Something went wrong while talking to the eHealth server {host}. Try again later.</source>
        <translation>Під час зв&apos;язку із сервером eHealth {host} щось пішло не так. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Щось пішло не так.</translation>
    </message>
    <message>
        <source>State register (ЄДР) record</source>
        <translation>Запис у ЄДР</translation>
    </message>
    <message>
        <source>The PIN of the token “{label}” has expired. Change it with the token&apos;s tool.</source>
        <translation>Термін дії PIN-коду токена «{label}» минув. Змініть його програмою токена.</translation>
    </message>
    <message>
        <source>The PIN of the token “{label}” is locked after too many wrong tries. Unlock it with the PUK or your key provider&apos;s tool; the program cannot do it.</source>
        <translation>PIN-код токена «{label}» заблоковано після надто багатьох помилкових спроб. Розблокуйте його PUK-кодом або програмою надавача; ця програма цього зробити не може.</translation>
    </message>
    <message>
        <source>The accreditation expired on {expiry_date}.</source>
        <translation>Строк акредитації минув {expiry_date}.</translation>
    </message>
    <message>
        <source>The accreditation expiry date must be after its issue date.</source>
        <translation>Дата закінчення акредитації має бути пізніше дати видачі.</translation>
    </message>
    <message>
        <source>The birth date gives an age over {max_age} years.</source>
        <translation>За цією датою народження вік понад {max_age} років.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Дата народження — у майбутньому.</translation>
    </message>
    <message>
        <source>The certificate names no time-stamp service: give one with --tsp URL, or sign without a time-stamp (--no-tsp).</source>
        <translation>У сертифікаті ключа не вказано службу позначок часу, тому підпис не можна завершити. Зверніться до надавача вашого ключа (КНЕДП) або оберіть інший ключ.</translation>
    </message>
    <message>
        <source>The certificate of the provider that issued your key could not be found, so the key&apos;s status could not be checked.</source>
        <translation>Не знайдено сертифікат надавача, який видав ваш ключ, тож статус ключа перевірити не вдалося.</translation>
    </message>
    <message>
        <source>The certificate status could not be checked ({detail}); eHealth will check it when the registration is sent.</source>
        <translation>Не вдалося перевірити стан сертифіката ({detail}); eHealth перевірить його під час надсилання реєстрації.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) answered a different request. Try again.</source>
        <translation>Служба перевірки статусу сертифіката (OCSP) відповіла на інший запит. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) answered with an error. Try again later.</source>
        <translation>Служба перевірки статусу сертифіката (OCSP) відповіла помилкою. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) cannot be reached. Check the Internet connection.</source>
        <translation>Служба перевірки статусу сертифіката (OCSP) недоступна. Перевірте підключення до інтернету.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) gave an answer that cannot be read.</source>
        <translation>Служба перевірки статусу сертифіката (OCSP) надіслала відповідь, яку не можна прочитати.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) refused the request.</source>
        <translation>Служба перевірки статусу сертифіката (OCSP) відхилила запит.</translation>
    </message>
    <message>
        <source>The checksum method {algorithm} is not supported.</source>
        <translation>Метод контрольної суми {algorithm} не підтримується.</translation>
    </message>
    <message>
        <source>The code must be an 8-digit ЄДРПОУ, or the 10-digit РНОКПП of a sole proprietor (ФОП).</source>
        <translation>Код має бути 8-значним ЄДРПОУ або 10-значним РНОКПП для ФОП.</translation>
    </message>
    <message>
        <source>The content does not match the signature: it was changed after signing.</source>
        <translation>Вміст не відповідає підпису: його змінили після підписання.</translation>
    </message>
    <message>
        <source>The director must be at least {min_age} years old.</source>
        <translation>Керівникові має бути щонайменше {min_age} років.</translation>
    </message>
    <message>
        <source>The draft file {file} does not hold a draft this program understands; it was set aside as {moved_to}.</source>
        <translation>У файлі {file} немає чернетки, яку розуміє ця програма; його відкладено як {moved_to}.</translation>
    </message>
    <message>
        <source>The draft file {file} is cut short (it was probably being written when the computer stopped); it was set aside as {moved_to}.</source>
        <translation>Файл чернетки {file} обрізаний (мабуть, комп&apos;ютер вимкнувся під час запису); його відкладено як {moved_to}.</translation>
    </message>
    <message>
        <source>The draft file {file} is damaged (it is not readable text); it was set aside as {moved_to}.</source>
        <translation>Файл чернетки {file} пошкоджений (це не читабельний текст); його відкладено як {moved_to}.</translation>
    </message>
    <message>
        <source>The draft file {file} is damaged (its contents are garbled); it was set aside as {moved_to}.</source>
        <translation>Файл чернетки {file} пошкоджений (вміст спотворено); його відкладено як {moved_to}.</translation>
    </message>
    <message>
        <source>The draft file {file} is missing.</source>
        <translation>Файлу чернетки {file} немає.</translation>
    </message>
    <message>
        <source>The draft was saved by an older version of the program (format {from_version}) and was updated to format {to_version}.</source>
        <translation>Чернетку збережено старішою версією програми (формат {from_version}); її оновлено до формату {to_version}.</translation>
    </message>
    <message>
        <source>The draft {draft_id} was saved by a newer version of the program (format {version}; this one reads up to {supported}). Update the program to open it.</source>
        <translation>Чернетку {draft_id} збережено новішою версією програми (формат {version}; ця версія читає до {supported}). Оновіть програму, щоб її відкрити.</translation>
    </message>
    <message>
        <source>The eHealth server {host} failed (HTTP {status}). Try again later. {message}</source>
        <translation>На сервері eHealth {host} сталася помилка (HTTP {status}). Спробуйте пізніше. {message}</translation>
    </message>
    <message>
        <source>The facility&apos;s client secret is kept in the system&apos;s secure store.</source>
        <translation>Секретний ключ доступу закладу збережено в захищеному сховищі системи.</translation>
    </message>
    <message>
        <source>The file contains no signature.</source>
        <translation>У файлі немає підпису.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {error}.</source>
        <translation>Не вдається прочитати файл {file}: {error}.</translation>
    </message>
    <message>
        <source>The file {file} is neither a saved draft nor an eHealth legal-entity request.</source>
        <translation>Файл {file} не є ні збереженою чернеткою, ні запитом eHealth про реєстрацію закладу.</translation>
    </message>
    <message>
        <source>The key file is empty.</source>
        <translation>Файл ключа порожній.</translation>
    </message>
    <message>
        <source>The key file is incomplete (cut short). Copy it again from the original medium.</source>
        <translation>Файл ключа неповний (обрізаний). Скопіюйте його ще раз з оригінального носія.</translation>
    </message>
    <message>
        <source>The key has been closed; open it again to sign.</source>
        <translation>Ключ закрито; щоб підписати, відкрийте його знову.</translation>
    </message>
    <message>
        <source>The key&apos;s certificate has expired ({not_after}). Get a new key from your provider.</source>
        <translation>Строк дії сертифіката ключа минув ({not_after}). Отримайте новий ключ у свого надавача.</translation>
    </message>
    <message>
        <source>The key&apos;s certificate was not found. Choose the certificate file (.cer, .crt, .pem, .p7b) or the folder that holds it.</source>
        <translation>Сертифікат ключа не знайдено. Виберіть файл сертифіката (.cer, .crt, .pem, .p7b) або папку, де він лежить.</translation>
    </message>
    <message>
        <source>The key&apos;s РНОКПП {cert_rnokpp} differs from the ЄДРПОУ/РНОКПП in the form ({edrpou}). A ФОП signs with the key issued for their own РНОКПП.</source>
        <translation>РНОКПП у ключі ({cert_rnokpp}) відрізняється від коду у формі ({edrpou}). ФОП підписує ключем, виданим на власний РНОКПП.</translation>
    </message>
    <message>
        <source>The license cannot be active before it was issued.</source>
        <translation>Ліцензія не може діяти раніше, ніж її видано.</translation>
    </message>
    <message>
        <source>The license expired on {expiry_date}.</source>
        <translation>Строк дії ліцензії минув {expiry_date}.</translation>
    </message>
    <message>
        <source>The license expiry date must be after its issue date.</source>
        <translation>Дата закінчення ліцензії має бути пізніше дати видачі.</translation>
    </message>
    <message>
        <source>The password does not fit this key. Check the keyboard layout and Caps Lock and try again.</source>
        <translation>Пароль не підходить до цього ключа. Перевірте розкладку клавіатури та Caps Lock і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The position {value} cannot be registered as the head of a facility in eHealth. Choose the head&apos;s position from the list.</source>
        <translation>Посаду {value} не можна зареєструвати як посаду керівника закладу в eHealth. Виберіть посаду керівника зі списку.</translation>
    </message>
    <message>
        <source>The postal code must be 5 digits.</source>
        <translation>Поштовий індекс — це 5 цифр.</translation>
    </message>
    <message>
        <source>The previous copy of the draft (saved {saved_at}) was restored. The last changes may be missing.</source>
        <translation>Відновлено попередню копію чернетки (збережену {saved_at}). Останніх змін може бракувати.</translation>
    </message>
    <message>
        <source>The registration has not been sent yet.</source>
        <translation>Реєстрацію ще не надіслано.</translation>
    </message>
    <message>
        <source>The registration was saved by a newer version of the program (format {version}, this one reads up to {supported}).</source>
        <translation>Реєстрацію збережено новішою версією програми (формат {version}, ця версія читає до {supported}).</translation>
    </message>
    <message>
        <source>The return address after signing in to eHealth (redirect URI) is not a valid web address. Copy it again from your medical software (MIS) vendor.</source>
        <translation>Адреса повернення після входу в eHealth (redirect URI) — некоректна вебадреса. Скопіюйте її ще раз у постачальника вашої медичної програми (МІС).</translation>
    </message>
    <message>
        <source>The return address after signing in to eHealth (redirect URI) must start with https://. Your medical software (MIS) vendor gives you this address.</source>
        <translation>Адреса повернення після входу в eHealth (redirect URI) має починатися з https://. Цю адресу надає постачальник вашої медичної програми (МІС).</translation>
    </message>
    <message>
        <source>The certificate {path} cannot be read: {reason}.</source>
        <translation>Не вдається прочитати сертифікат {path}: {reason}.</translation>
    </message>
    <message>
        <source>A time-stamp was added to the signature by {url}.</source>
        <translation>До підпису додано позначку часу від {url}.</translation>
    </message>
    <message>
        <source>The certificate names neither a status service (OCSP) nor a revocation list (CRL).</source>
        <translation>Сертифікат не вказує ні служби перевірки статусу (OCSP), ні списку відкликаних сертифікатів (CRL).</translation>
    </message>
    <message>
        <source>The certificate of the provider that issued the signer&apos;s certificate was not found.</source>
        <translation>Не знайдено сертифіката надавача, який видав сертифікат підписувача.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) does not know this certificate.</source>
        <translation>Служба перевірки статусу сертифікатів (OCSP) не знає цього сертифіката.</translation>
    </message>
    <message>
        <source>The certificate status service (OCSP) sent too much, too slowly; its answer was not read.</source>
        <translation>Служба перевірки статусу сертифікатів (OCSP) надіслала забагато даних або надто повільно; її відповідь не прочитано.</translation>
    </message>
    <message>
        <source>The connection to the eHealth server {host} broke while it was answering. Check the Internet connection, then check the status before sending again.</source>
        <translation>Зв&apos;язок із сервером eHealth {host} обірвався під час відповіді. Перевірте підключення до інтернету, а тоді — стан реєстрації, перш ніж надсилати знову.</translation>
    </message>
    <message>
        <source>The draft could not be saved to {file}: {error}. Check that the disk is not full and the folder can be written to, then try again.</source>
        <translation>Не вдалося зберегти чернетку у {file}: {error}. Перевірте, чи не заповнений диск і чи можна записувати в папку, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The draft file {file} cannot be read: {error}. It was set aside as {moved_to}.</source>
        <translation>Файл чернетки {file} не читається: {error}. Його відкладено як {moved_to}.</translation>
    </message>
    <message>
        <source>The eHealth server {host} did not answer in time. Try again in a while.</source>
        <translation>Сервер eHealth {host} не відповів вчасно. Спробуйте трохи згодом.</translation>
    </message>
    <message>
        <source>The file must hold exactly one signature and no seal, but it holds {signatures} signature(s) and {seals} seal(s). Sign the saved file once, with the director&apos;s key only.</source>
        <translation>Файл має містити рівно один підпис і жодної печатки, а в ньому підписів: {signatures}, печаток: {seals}. Підпишіть збережений файл один раз, лише ключем керівника.</translation>
    </message>
    <message>
        <source>The file {path} is too large to be a signed registration (over {limit} bytes).</source>
        <translation>Файл {path} завеликий для підписаної заявки (понад {limit} байтів).</translation>
    </message>
    <message>
        <source>The first name differs: the key says {cert_value}, the form says {value}. ЄДР compares the whole name letter by letter; write it exactly as in the key.</source>
        <translation>Ім&apos;я відрізняється: у ключі — {cert_value}, у формі — {value}. ЄДР порівнює все ім&apos;я літера в літеру; напишіть його точно як у ключі.</translation>
    </message>
    <message>
        <source>The key file asks for {iterations} password-hashing rounds; real key files use at most {limit}, so it was not opened (it is damaged or made to hang the program).</source>
        <translation>Файл ключа вимагає {iterations} раундів обробки пароля; справжні файли ключів використовують щонайбільше {limit}, тож його не відкрито (він пошкоджений або зроблений, щоб завісити програму).</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}.</source>
        <translation>Не вдається прочитати файл ключа {path}: {reason}.</translation>
    </message>
    <message>
        <source>The live progress of the checks was lost and could not be resumed ({reason}); the registration may still finish on the server. Check its status later.</source>
        <translation>Зв&apos;язок із перебігом перевірок втрачено й не відновлено ({reason}); на сервері реєстрація може ще завершитися. Перевірте її стан пізніше.</translation>
    </message>
    <message>
        <source>The number is too short ({digits} digits). A Ukrainian phone number has 10 digits starting with 0, e.g. 067 123 45 67.</source>
        <translation>Номер закороткий ({digits} цифр). Український номер телефону має 10 цифр і починається з 0, наприклад 067 123 45 67.</translation>
    </message>
    <message>
        <source>The passport series is written in Ukrainian (Cyrillic) letters; {letters} here are Latin. Retype the two letters with the Ukrainian keyboard, e.g. АБ123456.</source>
        <translation>Серію паспорта пишуть українськими літерами (кирилицею), а {letters} тут — латинські. Наберіть ці дві літери з української розкладки, наприклад АБ123456.</translation>
    </message>
    <message>
        <source>The password file {path} cannot be read: {reason}.</source>
        <translation>Не вдається прочитати файл пароля {path}: {reason}.</translation>
    </message>
    <message>
        <source>The patronymic differs: the key says {cert_value}, the form says {value}. ЄДР compares the whole name letter by letter; write it exactly as in the key.</source>
        <translation>По батькові відрізняється: у ключі — {cert_value}, у формі — {value}. ЄДР порівнює все ім&apos;я літера в літеру; напишіть його точно як у ключі.</translation>
    </message>
    <message>
        <source>The receipt of {id} kept on this computer is damaged. Give the signed file (.p7s) instead.</source>
        <translation>Квитанція для {id}, збережена на цьому комп&apos;ютері, пошкоджена. Укажіть натомість підписаний файл (.p7s).</translation>
    </message>
    <message>
        <source>The revocation list (CRL) address answered with an error.</source>
        <translation>Адреса списку відкликаних сертифікатів (CRL) відповіла помилкою.</translation>
    </message>
    <message>
        <source>The revocation list (CRL) cannot be downloaded.</source>
        <translation>Не вдається завантажити список відкликаних сертифікатів (CRL).</translation>
    </message>
    <message>
        <source>The revocation list (CRL) cannot be read.</source>
        <translation>Не вдається прочитати список відкликаних сертифікатів (CRL).</translation>
    </message>
    <message>
        <source>The revocation list (CRL) is not signed by the certificate&apos;s issuer.</source>
        <translation>Список відкликаних сертифікатів (CRL) підписав не той, хто видав сертифікат.</translation>
    </message>
    <message>
        <source>The revocation list (CRL) is out of date.</source>
        <translation>Список відкликаних сертифікатів (CRL) застарів.</translation>
    </message>
    <message>
        <source>The revocation list (CRL) is too large or too slow; it was not read.</source>
        <translation>Список відкликаних сертифікатів (CRL) завеликий або надходить надто повільно; його не прочитано.</translation>
    </message>
    <message>
        <source>The sandbox cannot listen on 127.0.0.1 port {port}: {reason}.</source>
        <translation>Пісочниця не може працювати на 127.0.0.1, порт {port}: {reason}.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed: the server&apos;s certificate could not be verified. Check the server address and the computer&apos;s date and time.</source>
        <translation>Не вдалося встановити захищене з&apos;єднання з {host}: сертифікат сервера не пройшов перевірку. Перевірте адресу сервера, дату й час на комп&apos;ютері.</translation>
    </message>
    <message>
        <source>The signature could not be completed without changing it. Sign again and choose “data and signature in one file” with a time-stamp.</source>
        <translation>Підпис не вдалося доповнити, не змінивши його. Підпишіть ще раз і виберіть «дані та підпис в одному файлі» з позначкою часу.</translation>
    </message>
    <message>
        <source>The signature file {path} cannot be read: {reason}.</source>
        <translation>Не вдається прочитати файл підпису {path}: {reason}.</translation>
    </message>
    <message>
        <source>The signature has no time-stamp and the certificate names no time-stamp service to add one. Sign again and choose a signature with a time-stamp.</source>
        <translation>Підпис не має позначки часу, а сертифікат не називає служби, яка могла б її додати. Підпишіть ще раз і виберіть підпис з позначкою часу.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>Підпис недійсний.</translation>
    </message>
    <message>
        <source>The signature is not valid: the document or signature was changed, or the certificate was revoked before the signature was made.</source>
        <translation>Підпис недійсний: документ або підпис було змінено, або сертифікат відкликано ще до створення підпису.</translation>
    </message>
    <message>
        <source>The signature&apos;s time-stamp comes from an untrusted service.</source>
        <translation>Позначку часу підпису видала недовірена служба.</translation>
    </message>
    <message>
        <source>The signature&apos;s time-stamp does not verify.</source>
        <translation>Позначка часу підпису не проходить перевірку.</translation>
    </message>
    <message>
        <source>The signed document differs from this registration in “{field}”. Sign the file the program saved for you, unchanged.</source>
        <translation>Підписаний документ відрізняється від цієї заявки в полі «{field}». Підпишіть без змін файл, який зберегла для вас програма.</translation>
    </message>
    <message>
        <source>The signed document is not this registration. Sign the file the program saved for you.</source>
        <translation>Підписаний документ — не ця заявка. Підпишіть файл, який зберегла для вас програма.</translation>
    </message>
    <message>
        <source>The signed document was put inside the signature file.</source>
        <translation>Підписаний документ вкладено у файл підпису.</translation>
    </message>
    <message>
        <source>The signed file cannot be sent: {count} problem(s) found. Nothing was sent.</source>
        <translation>Підписаний файл не можна надіслати: знайдено проблем — {count}. Нічого не надіслано.</translation>
    </message>
    <message>
        <source>The signed file {path} is empty.</source>
        <translation>Підписаний файл {path} порожній.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired at that time.</source>
        <translation>На той момент строк дії сертифіката підписувача вже минув.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been revoked, and no time-stamp proves the signature was made before that.</source>
        <translation>Сертифікат підписувача відкликано, і жодна позначка часу не доводить, що підпис створено раніше.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate is not inside the signature.</source>
        <translation>Сертифіката підписувача немає в підписі.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not issued by a trusted provider.</source>
        <translation>Сертифікат підписувача видав недовірений надавач.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was not yet valid at that time.</source>
        <translation>На той момент сертифікат підписувача ще не був чинним.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate was revoked before the signature was made.</source>
        <translation>Сертифікат підписувача було відкликано ще до створення підпису.</translation>
    </message>
    <message>
        <source>The signing method {algorithm} is not supported.</source>
        <translation>Спосіб підписування {algorithm} не підтримується.</translation>
    </message>
    <message>
        <source>The step {step} cannot be opened from here.</source>
        <translation>Крок «{step}» не можна відкрити звідси.</translation>
    </message>
    <message>
        <source>The text cannot start with &apos;{char}&apos;; start with a letter or a digit.</source>
        <translation>Текст не може починатися з «{char}»; почніть з літери або цифри.</translation>
    </message>
    <message>
        <source>The time-stamp could not be obtained.</source>
        <translation>Не вдалося отримати позначку часу.</translation>
    </message>
    <message>
        <source>The time-stamp is signed by a certificate not meant for time-stamping.</source>
        <translation>Позначку часу підписано сертифікатом, не призначеним для позначок часу.</translation>
    </message>
    <message>
        <source>The time-stamp lies outside the certificate&apos;s validity.</source>
        <translation>Позначка часу поза строком дії сертифіката.</translation>
    </message>
    <message>
        <source>The time-stamp service answered a different request. Try again.</source>
        <translation>Служба позначок часу відповіла на інший запит. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The time-stamp service answered something that is not a time-stamp.</source>
        <translation>Служба позначок часу надіслала щось, що не є позначкою часу.</translation>
    </message>
    <message>
        <source>The time-stamp service is not trusted.</source>
        <translation>Служба позначок часу не є довіреною.</translation>
    </message>
    <message>
        <source>The time-stamp service {host} answered with an error (HTTP {status}). Try again later.</source>
        <translation>Служба позначок часу {host} відповіла помилкою (HTTP {status}). Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>The time-stamp service {host} cannot be reached: {reason}. Check the Internet connection and try again.</source>
        <translation>Служба позначок часу {host} недоступна: {reason}. Перевірте підключення до інтернету і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The time-stamp&apos;s signature does not verify ({reason}).</source>
        <translation>Підпис позначки часу не проходить перевірку ({reason}).</translation>
    </message>
    <message>
        <source>The token is no longer open. Open it again.</source>
        <translation>Токен уже закрито. Відкрийте його знову.</translation>
    </message>
    <message>
        <source>The token program (PKCS#11 module) {path} was not found.</source>
        <translation>Програму токена (модуль PKCS#11) {path} не знайдено.</translation>
    </message>
    <message>
        <source>The token program {path} could not be loaded ({reason}). Make sure it is the module your token&apos;s supplier provides for this computer (64-bit).</source>
        <translation>Не вдалося завантажити програму токена {path} ({reason}). Переконайтеся, що це модуль від постачальника вашого токена для цього комп&apos;ютера (64-бітний).</translation>
    </message>
    <message>
        <source>The token reported an error: {reason}.</source>
        <translation>Токен повідомив про помилку: {reason}.</translation>
    </message>
    <message>
        <source>The token “{label}” cannot make this kind of signature ({mechanism}).</source>
        <translation>Токен «{label}» не вміє створювати такий підпис ({mechanism}).</translation>
    </message>
    <message>
        <source>The token “{label}” holds no certificate together with its signing key.</source>
        <translation>На токені «{label}» немає сертифіката разом із ключем підпису.</translation>
    </message>
    <message>
        <source>The token “{label}” holds the certificate {cert_id} but not its private key.</source>
        <translation>На токені «{label}» є сертифікат {cert_id}, але немає його особистого ключа.</translation>
    </message>
    <message>
        <source>The token “{label}” is not connected. Plug it in and try again. Connected: {available}.</source>
        <translation>Токен «{label}» не під&apos;єднано. Вставте його й спробуйте ще раз. Під&apos;єднано: {available}.</translation>
    </message>
    <message>
        <source>The token “{label}” returned a signature that does not match its certificate. Choose another certificate or contact your key provider.</source>
        <translation>Токен «{label}» повернув підпис, що не відповідає його сертифікату. Виберіть інший сертифікат або зверніться до надавача ключа.</translation>
    </message>
    <message>
        <source>The token “{label}” was removed while it was in use. Plug it back in and open it again.</source>
        <translation>Токен «{label}» вийняли під час роботи. Вставте його знову й відкрийте.</translation>
    </message>
    <message>
        <source>The value must be one of: {allowed}.</source>
        <translation>Значення має бути одним із: {allowed}.</translation>
    </message>
    <message>
        <source>The vendor profile {file} cannot be used: {reason}.</source>
        <translation>Профіль постачальника {file} не можна використати: {reason}.</translation>
    </message>
    <message>
        <source>The {format} key file is damaged and cannot be read.</source>
        <translation>Файл ключа {format} пошкоджений і не читається.</translation>
    </message>
    <message>
        <source>The РНОКПП (individual tax number) must be 10 digits.</source>
        <translation>РНОКПП (реєстраційний номер облікової картки платника податків) — це 10 цифр.</translation>
    </message>
    <message>
        <source>There is no certificate with id {cert_id} on the token “{label}”.</source>
        <translation>На токені «{label}» немає сертифіката з ідентифікатором {cert_id}.</translation>
    </message>
    <message>
        <source>There is no draft {draft_id}.</source>
        <translation>Чернетки {draft_id} немає.</translation>
    </message>
    <message>
        <source>There is no sent registration to follow.</source>
        <translation>Немає надісланої реєстрації, за якою можна стежити.</translation>
    </message>
    <message>
        <source>These characters are not allowed here: {chars}.</source>
        <translation>Тут не можна вводити символи: {chars}.</translation>
    </message>
    <message>
        <source>This PIN has a length or characters the token “{label}” does not accept.</source>
        <translation>Токен «{label}» не приймає PIN-код такої довжини чи з такими символами.</translation>
    </message>
    <message>
        <source>This certificate is for encryption (key agreement), not for signing. Choose the signing key.</source>
        <translation>Цей сертифікат призначений для шифрування, а не для підпису. Виберіть ключ підпису.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Ця дата — у майбутньому.</translation>
    </message>
    <message>
        <source>This facility type needs a license of type {expected}.</source>
        <translation>Для цього типу закладу потрібна ліцензія типу {expected}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Це поле обов&apos;язкове.</translation>
    </message>
    <message>
        <source>This is a personal key: it names only the РНОКПП {cert_rnokpp} and no ЄДРПОУ (Дія.Підпис and many cloud keys are like this). For a legal entity eHealth accepts only a key issued to the head of the entity, with its ЄДРПОУ {edrpou}. Ask your key provider for such a key.</source>
        <translation>Це особистий ключ: у ньому лише РНОКПП {cert_rnokpp} і немає ЄДРПОУ (такі ключі Дія.Підпису та багатьох хмарних сервісів). Для юридичної особи ЕСОЗ приймає лише ключ, виданий керівнику саме цієї юридичної особи, з її ЄДРПОУ {edrpou}. Попросіть такий ключ у свого надавача.</translation>
    </message>
    <message>
        <source>This is an electronic seal of {organization}; eHealth needs the director&apos;s personal signature.</source>
        <translation>Це електронна печатка {organization}; eHealth потрібен особистий підпис керівника.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Це некоректна адреса електронної пошти.</translation>
    </message>
    <message>
        <source>This is not a valid phone number.</source>
        <translation>Це некоректний номер телефону.</translation>
    </message>
    <message>
        <source>This step cannot be opened now.</source>
        <translation>Цей крок зараз не можна відкрити.</translation>
    </message>
    <message>
        <source>Types of activity (KVED)</source>
        <translation>Види діяльності (КВЕД)</translation>
    </message>
    <message>
        <source>Whether the signer&apos;s certificate was revoked cannot be checked now. Try again later.</source>
        <translation>Зараз не вдається перевірити, чи не відкликано сертифікат підписувача. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>Wrong PIN for the token “{label}”. Check it and try again.</source>
        <translation>Неправильний PIN-код токена «{label}». Перевірте його і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Wrong PIN for the token “{label}”. Only one try is left: one more wrong PIN locks the token.</source>
        <translation>Неправильний PIN-код токена «{label}». Залишилася одна спроба: ще одна помилка заблокує токен.</translation>
    </message>
    <message>
        <source>Wrong PIN for the token “{label}”. The token reports that only a few tries are left before it locks.</source>
        <translation>Неправильний PIN-код токена «{label}». Токен повідомляє, що до блокування залишилося кілька спроб.</translation>
    </message>
    <message>
        <source>You cannot go back from the step {step}.</source>
        <translation>З кроку «{step}» не можна повернутися назад.</translation>
    </message>
    <message>
        <source>You must accept the public offer to register.</source>
        <translation>Для реєстрації потрібно прийняти публічну оферту.</translation>
    </message>
    <message>
        <source>Your key provider&apos;s status service does not know this certificate. Check that you chose the right key, or ask your provider.</source>
        <translation>Служба статусу вашого надавача не знає цього сертифіката. Перевірте, чи вибрано правильний ключ, або зверніться до надавача.</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>файл із такою назвою вже існує</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>частина шляху — це файл, а не папка</translation>
    </message>
    <message>
        <source>an unexpected problem with the computer or the network</source>
        <translation>неочікувана проблема з комп&apos;ютером або мережею</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>його використовує інша програма</translation>
    </message>
    <message>
        <source>eHealth could not read the request: {message}</source>
        <translation>eHealth не змогла прочитати запит: {message}</translation>
    </message>
    <message>
        <source>eHealth does not accept a passport number instead of a РНОКПП; enter the 10-digit РНОКПП.</source>
        <translation>eHealth не приймає номер паспорта замість РНОКПП; введіть 10-значний РНОКПП.</translation>
    </message>
    <message>
        <source>eHealth found errors in the registration: {message}</source>
        <translation>eHealth знайшла помилки в реєстрації: {message}</translation>
    </message>
    <message>
        <source>eHealth has no such record, or the server address is wrong. {message}</source>
        <translation>В eHealth немає такого запису, або адреса сервера неправильна. {message}</translation>
    </message>
    <message>
        <source>eHealth needs the date the license is valid until. If the license is indefinite, mark it as indefinite (it is sent as valid until 31.12.9999).</source>
        <translation>eHealth потребує дату, до якої чинна ліцензія. Якщо ліцензія безстрокова, позначте «Безстрокова ліцензія» (її буде надіслано як чинну до 31.12.9999).</translation>
    </message>
    <message>
        <source>eHealth refused the registration: {message}</source>
        <translation>eHealth відхилила реєстрацію: {message}</translation>
    </message>
    <message>
        <source>eHealth refused the request (HTTP {status}): {message}</source>
        <translation>eHealth відхилила запит (HTTP {status}): {message}</translation>
    </message>
    <message>
        <source>eHealth requires this field.</source>
        <translation>eHealth вимагає заповнити це поле.</translation>
    </message>
    <message>
        <source>eHealth would not accept this value (rule {rule}).</source>
        <translation>eHealth не прийме такого значення (правило {rule}).</translation>
    </message>
    <message>
        <source>eHealth: the date is not valid ({description}).</source>
        <translation>eHealth: некоректна дата ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the e-mail address is not valid ({description}).</source>
        <translation>eHealth: некоректна адреса електронної пошти ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the number is not valid ({description}).</source>
        <translation>eHealth: некоректне число ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the value has the wrong format ({description}).</source>
        <translation>eHealth: значення має неправильний формат ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the value has the wrong length ({description}).</source>
        <translation>eHealth: значення має неправильну довжину ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the value is not allowed ({description}).</source>
        <translation>eHealth: таке значення не допускається ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the value is not allowed here ({description}).</source>
        <translation>eHealth: тут таке значення не допускається ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the value is not valid ({description}).</source>
        <translation>eHealth: {description}</translation>
    </message>
    <message>
        <source>eHealth: the value is not written the way eHealth expects ({description}).</source>
        <translation>eHealth: значення записано не так, як очікує eHealth ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the value is of the wrong kind ({description}).</source>
        <translation>eHealth: значення не того виду ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the value must be unique ({description}).</source>
        <translation>eHealth: значення має бути унікальним ({description}).</translation>
    </message>
    <message>
        <source>eHealth: the values are not allowed ({description}).</source>
        <translation>eHealth: такі значення не допускаються ({description}).</translation>
    </message>
    <message>
        <source>eHealth: this field is required ({description}).</source>
        <translation>eHealth: це поле обов&apos;язкове ({description}).</translation>
    </message>
    <message>
        <source>eHealth: {description}</source>
        <translation>eHealth: {description}</translation>
    </message>
    <message>
        <source>eHealth: {description} (rule {rule}).</source>
        <translation>eHealth: {description} (правило {rule}).</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не пройдено</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>перевіряється</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>це папка, а не файл</translation>
    </message>
    <message>
        <source>it is far larger than such a file can be</source>
        <translation>він значно більший, ніж може бути такий файл</translation>
    </message>
    <message>
        <source>it is not a certificate file</source>
        <translation>це не файл сертифіката</translation>
    </message>
    <message>
        <source>it is not a saved registration or draft (the text is broken at line {line}, column {column})</source>
        <translation>це не збережена реєстрація чи чернетка (текст пошкоджено в рядку {line}, позиція {column})</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>це не текстовий файл</translation>
    </message>
    <message>
        <source>it is not an ordinary file (a device, a pipe or a folder)</source>
        <translation>це не звичайний файл (пристрій, канал або папка)</translation>
    </message>
    <message>
        <source>its answer was far longer than an acknowledgement can be</source>
        <translation>її відповідь значно довша, ніж може бути підтвердження отримання</translation>
    </message>
    <message>
        <source>no secure password store</source>
        <translation>немає захищеного сховища паролів</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>пройдено</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>пропущено</translation>
    </message>
    <message>
        <source>the address is already taken by another program</source>
        <translation>цю адресу вже зайняла інша програма</translation>
    </message>
    <message>
        <source>the connection was cut off</source>
        <translation>з&apos;єднання обірвалося</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <source>the disk or folder is read-only</source>
        <translation>диск або папка лише для читання</translation>
    </message>
    <message>
        <source>the disk or memory stick could not be read or written</source>
        <translation>не вдалося прочитати або записати диск чи флешку</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>назва файлу задовга</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>файлу або папки не існує</translation>
    </message>
    <message>
        <source>the network is not reachable (check the Internet connection)</source>
        <translation>мережа недоступна (перевірте підключення до інтернету)</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>не вдалося встановити захищене з&apos;єднання</translation>
    </message>
    <message>
        <source>the secure password store refused it</source>
        <translation>захищене сховище паролів відмовило</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>сервер не відповів вчасно</translation>
    </message>
    <message>
        <source>the server failed</source>
        <translation>на сервері сталася помилка</translation>
    </message>
    <message>
        <source>the server kept closing the progress stream</source>
        <translation>сервер раз у раз обривав передавання ходу перевірок</translation>
    </message>
    <message>
        <source>the server stopped sending progress too early</source>
        <translation>сервер завчасно припинив надсилати перебіг перевірок</translation>
    </message>
    <message>
        <source>the server took too long to finish the checks</source>
        <translation>сервер надто довго виконував перевірки</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be found (check the address and the Internet connection)</source>
        <translation>не вдалося знайти сервер за назвою (перевірте адресу та підключення до інтернету)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>{url} is not a valid server address (it must start with https://).</source>
        <translation>{url} — некоректна адреса сервера (має починатися з https://).</translation>
    </message>
    <message>
        <source>The signature cannot be confirmed: a certificate or a check needed for it is missing. It is not proven invalid.</source>
        <translation>Підпис не вдається підтвердити: бракує сертифіката або перевірки, потрібної для цього. Це не означає, що він недійсний.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>Підпис дійсний.</translation>
    </message>
    <message>
        <source>The signature was made before its certificate was issued.</source>
        <translation>Підпис зроблено раніше, ніж було видано його сертифікат.</translation>
    </message>
    <message>
        <source>The signed file {path} cannot be read: {reason}.</source>
        <translation>Не вдається прочитати підписаний файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>The time-stamp uses an algorithm this program does not know.</source>
        <translation>Позначка часу використовує алгоритм, якого ця програма не знає.</translation>
    </message>
    <message>
        <source>The trust list cannot be downloaded from {host}: {reason}.</source>
        <translation>Не вдається завантажити список довірених сертифікатів з {host}: {reason}.</translation>
    </message>
    <message>
        <source>The trust list {path} cannot be read: {reason}.</source>
        <translation>Не вдається прочитати список довірених сертифікатів {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} holds no certificates: it is not a trust list.</source>
        <translation>У {path} немає сертифікатів: це не список довірених сертифікатів.</translation>
    </message>
    <message>
        <source>Cannot save the client credentials to {path}: {reason}.</source>
        <translation>Не вдалося зберегти облікові дані клієнта у {path}: {reason}.</translation>
    </message>
    <message>
        <source>Not sent: eHealth gives the facility&apos;s client secret only once, and this computer has nowhere to keep it (no keyring, no MIS hand-off address in the vendor profile). Run again with --secret-out FILE.</source>
        <translation>Не надіслано: ЕСОЗ видає секрет клієнта закладу лише один раз, а на цьому комп’ютері його ніде зберегти (немає сховища паролів і адреси передачі в МІС у профілі постачальника). Запустіть ще раз із --secret-out ФАЙЛ.</translation>
    </message>
    <message>
        <source>Sandbox: the facility&apos;s client secret was not kept (no keyring, no --secret-out); on a real environment the program would refuse to submit.</source>
        <translation>Пісочниця: секрет клієнта закладу не збережено (немає сховища паролів і --secret-out); у справжньому середовищі програма відмовилася б надсилати.</translation>
    </message>
    <message>
        <source>The MIS hand-off address must start with https:// (got {url}).</source>
        <translation>Адреса передачі в МІС має починатися з https:// (отримано {url}).</translation>
    </message>
    <message>
        <source>The facility&apos;s client credentials are saved to {path} (readable only by you).</source>
        <translation>Облікові дані клієнта закладу збережено у {path} (прочитати можете лише ви).</translation>
    </message>
    <message>
        <source>The facility&apos;s client credentials could not be kept anywhere. Copy them now and give them to your MIS: eHealth shows them only once.</source>
        <translation>Облікові дані клієнта закладу ніде не вдалося зберегти. Скопіюйте їх зараз і передайте вашій МІС: ЕСОЗ показує їх лише один раз.</translation>
    </message>
    <message>
        <source>The facility&apos;s client credentials were handed to your MIS ({url}: HTTP {status}, attempt {attempts}).</source>
        <translation>Облікові дані клієнта закладу передано вашій МІС ({url}: HTTP {status}, спроба {attempts}).</translation>
    </message>
    <message>
        <source>Warning: no keyring, no hand-off address and no --secret-out: on a real environment this submission would be refused before sending (the sandbox goes on).</source>
        <translation>Увага: немає сховища паролів, адреси передачі й --secret-out — у справжньому середовищі це надсилання було б відхилене ще до відправлення (пісочниця продовжує).</translation>
    </message>
    <message>
        <source>Your MIS did not take the facility&apos;s client credentials ({url}): {reason}.</source>
        <translation>Ваша МІС не прийняла облікові дані клієнта закладу ({url}): {reason}.</translation>
    </message>
    <message>
        <source>No receipt of {id} is kept on this computer. Give the signed file (.p7s) instead.</source>
        <translation>На цьому комп&apos;ютері немає квитанції для {id}. Укажіть натомість підписаний файл (.p7s).</translation>
    </message>
</context>
</TS>
